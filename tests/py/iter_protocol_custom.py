# The iterator protocol with user classes: __iter__/__next__, __getitem__ fallback, next() defaults.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(Countdown(1)), next(Countdown(0), 'empty'))
class Repeatable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
r = Repeatable('abc')
print(list(r), list(r), [x + y for x in r for y in r][:4], 'b' in r, sorted(r, reverse=True))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), list(zip(Squares(), 'ab')), max(Squares()))
it = iter(Squares())
print(next(it), next(it), iter(it) is it)
class Pairs:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        for k in sorted(self.d):
            yield k, self.d[k]
print(list(Pairs({'b': 2, 'a': 1})), dict(Pairs({'x': 0})), [k for k, _ in Pairs({'q': 1, 'p': 2})])
a, b = Countdown(2)
print(a, b)
print(sum(Countdown(4)), min(Countdown(3)), tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3}, next(enumerate(Countdown(1))))
for obj in [5, None, 1.5]:
    try:
        iter(obj)
        print('iterable')
    except TypeError:
        print('TypeError iter', type(obj).__name__)
try:
    next([1, 2])
except TypeError:
    print('TypeError next on a list')
class Stop:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('value ignored by for')
for _ in Stop():
    print('never')
print('loop over immediately-stopping iterator ended')
