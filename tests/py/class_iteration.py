# Iterator protocol: __iter__/__next__, iterables vs iterators.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(4)
print(list(c), list(c))
it = iter(c)
print(next(it), next(it), list(it), list(it))
print(sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
print([x * 2 for x in Countdown(3)], tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3})
a, b, c2 = Countdown(3)
print(a, b, c2)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)))
print(list(zip(Countdown(3), Fib(10))))
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Seq()), 16 in Seq(), 17 in Seq())
for i, v in enumerate(Countdown(2)):
    print(i, v)
print(dict(zip('ab', Countdown(2))) == {'a': 2, 'b': 1})
