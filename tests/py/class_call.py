# Callable objects via __call__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2, 3])), callable(add5), callable(Adder))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, *args):
        if args not in self.cache:
            self.misses += 1
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(60), slow_fib.misses)
class Pipeline:
    def __init__(self, *stages):
        self.stages = stages
    def __call__(self, value, **opts):
        for s in self.stages:
            value = s(value)
        if opts.get('verbose'):
            return 'result=%r' % (value,)
        return value
p = Pipeline(str.strip, str.upper, lambda s: s.replace(' ', '_'))
print(p('  hello world  '), p(' a b ', verbose=True))
class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return Counter.count
c = Counter()
print(c(), c(), Counter()())
print(callable(print), callable('x'), callable(lambda: 0), callable(Memo.__call__))
