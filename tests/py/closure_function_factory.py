# Function factories built from closures: adders, validators, memoisation.
def power(exp):
    def f(base):
        return base ** exp
    return f
square, cube = power(2), power(3)
print(square(5), cube(3), [power(e)(2) for e in range(6)])
def validator(*rules):
    def check(value):
        errors = [msg for test, msg in rules if not test(value)]
        return errors or 'ok'
    return check
check_age = validator((lambda v: isinstance(v, int), 'not int'),
                      (lambda v: isinstance(v, int) and v >= 0, 'negative'),
                      (lambda v: isinstance(v, int) and v < 150, 'too large'))
for v in (30, -1, 200, 'x'):
    print(v, check_age(v))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    caches.append(cache)
    return wrapper
caches = []
@memoize
def stairs(n):
    if n <= 1:
        return 1
    return stairs(n - 1) + stairs(n - 2)
print(stairs(80), len(caches[0]))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
pipeline = compose(str, lambda x: x * 2, lambda x: x + 1)
print(pipeline(20))
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*(pargs + args), **merged)
    return call
def fmt(a, b, sep='-', end=''):
    return a + sep + b + end
p = partial(fmt, 'x', sep='+')
print(p('y'), p('z', end='!'), partial(fmt)('a', 'b'))
