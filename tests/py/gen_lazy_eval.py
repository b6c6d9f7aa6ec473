# Lazy evaluation with generators: infinite streams, memoised streams, laziness proofs.
evaluated = []
def numbers():
    n = 0
    while True:
        evaluated.append(n)
        yield n
        n += 1
def mapped(fn, it):
    for v in it:
        yield fn(v)
def filtered(pred, it):
    for v in it:
        if pred(v):
            yield v
def take(n, it):
    out = []
    for v in it:
        if len(out) == n:
            break
        out.append(v)
    return out
squares_of_odds = mapped(lambda v: v * v, filtered(lambda v: v % 2, numbers()))
print(take(5, squares_of_odds), 'numbers evaluated:', len(evaluated))
class Stream:
    def __init__(self, gen):
        self.gen = gen
        self.cache = []
    def __getitem__(self, i):
        while len(self.cache) <= i:
            self.cache.append(next(self.gen))
        return self.cache[i]
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
s = Stream(fib())
print(s[10], s[50], len(s.cache), s[5], len(s.cache))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
longest = max(range(1, 300), key=lambda k: sum(1 for _ in collatz(k)))
print(longest, sum(1 for _ in collatz(longest)), list(collatz(6)))
g = (print('side effect', i) for i in range(2))
print('generator created, nothing printed yet')
for _ in g:
    pass
