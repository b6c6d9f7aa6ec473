# Default argument values and their evaluation time.
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(c=0, a=1))
def acc(x, bucket=[]):
    bucket.append(x)
    return bucket
print(acc(1), acc(2))
print(acc(3, []))
def safe(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket
print(safe(1), safe(2))
n = 10
def g(v=n):
    return v
n = 20
print(g())
def h(a, b=[n, n * 2]):
    return a + sum(b)
print(h(1))
def many(a=1, b='s', c=None, d=(), e=2.5, f=-1):
    return [a, b, c, d, e, f]
print(many(), many(9, f=0))
def k(*, flag=False, level=0):
    return flag, level
print(k(), k(level=3), k(flag=True))
try:
    f()
except TypeError:
    print('missing argument TypeError')
try:
    f(1, 2, 3, 4)
except TypeError:
    print('too many arguments TypeError')
try:
    f(1, d=4)
except TypeError:
    print('unexpected keyword TypeError')
