# iter and next: iterators from builtins, exhaustion, default values.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
s = iter('ab')
print(next(s), next(s), next(s, '-'))
d = iter({'only': 1})
print(next(d))
r = iter(range(0, 10, 4))
print(list(r), list(r))
t = iter((9, 8))
print(iter(t) is t, next(t), list(t))
g = (c for c in 'xy')
print(next(g), next(g), next(g, 'end'))
def take(it, n):
    return [next(it) for _ in range(n)]
src = iter(range(100))
print(take(src, 3), take(src, 2), next(src))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(next(c), list(c), next(c, 'exhausted'))
chunks = []
it2 = iter(range(10))
for x in it2:
    chunks.append((x, next(it2, None)))
print(chunks)
try:
    iter(42)
except TypeError:
    print('int is not iterable')
