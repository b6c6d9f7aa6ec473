# Iterables vs one-shot iterators: re-iteration behaviour of containers and generators.
class Numbers:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
class OneShot:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
nums = Numbers(3)
print(list(nums), list(nums), sum(nums), [x for x in nums if x])
shot = OneShot(3)
print(list(shot), list(shot), sum(OneShot(4)))
g = (x * 2 for x in range(3))
print(list(g), list(g))
m = map(str, [1, 2])
print(list(m), list(m))
z = zip([1, 2], 'ab')
print(list(z), list(z))
e = enumerate('xy')
print(list(e), list(e))
f = filter(None, [0, 1, 2])
print(list(f), list(f))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
pairs = [(a, b) for a in Numbers(2) for b in Numbers(2)]
print(pairs)
o = OneShot(2)
print([(a, b) for a in o for b in Numbers(2)])
