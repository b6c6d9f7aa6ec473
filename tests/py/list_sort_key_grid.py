# list.sort and sorted() with key functions and reverse, on distinct keys.
data = ['pear', 'Fig', 'apple', 'kiwi', 'Banana', 'date', 'cherry']
keys = [None, lambda w: (len(w), w), str.lower, lambda w: w[::-1] if False else w[-1] + w, lambda w: (-len(w), w)]
for key in keys:
    for rev in (False, True):
        l = data[:]
        l.sort(key=key, reverse=rev)
        print(rev, l, sorted(data, key=key, reverse=rev) == l)
nums = [3, -1, 4.5, -15, 9, 2.25, 0, -7]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda x: x * x, reverse=True))
recs = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 3}, {'n': 'c', 'v': 1}]
print([r['n'] for r in sorted(recs, key=lambda r: r['v'])], [r['n'] for r in sorted(recs, key=lambda r: r['n'], reverse=True)])
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]), sorted([[3], [1, 2], [1], []]))
print(sorted('hello world'), sorted({'x': 1, 'a': 2}), sorted(range(5), reverse=True), sorted([]))
for bad in [[1, 'a'], [None, 1], [[1], (1,)], [1j, 2j]]:
    try:
        sorted(bad)
        print('sorted', bad)
    except TypeError:
        print('TypeError', bad)
def key_fails(x):
    if x == 3:
        raise ValueError('bad key')
    return x
try:
    sorted([1, 2, 3, 4], key=key_fails)
except ValueError:
    print('ValueError from key')
l = [5, 3, 1]
print(l.sort(), l, sorted(l, key=None), sorted((7, 5, 6)), type(sorted((1,))).__name__)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'V%d' % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(1)], key=lambda o: o.v), min(V(4), V(2)))
