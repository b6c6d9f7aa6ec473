# min/max: positional and iterable forms, key, default, ties (first wins), errors.
print(min(4, 2, 8), max(4, 2, 8), min([4, 2, 8]), max((4, 2, 8)), min('hello'), max(range(5)))
print(min(iter([3, 1])), max(x * x for x in [-3, 2]), min({5: 'a', 2: 'b'}), max({'k': 1, 'z': 0}))
words = ['bb', 'a', 'ccc', 'dd', 'e']
print(min(words, key=len), max(words, key=len), min(*words, key=len), max('bb', 'dd', key=len))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=lambda x: -x), max([[1, 2], [3]], key=sum))
print(min([], default=None), max([], default='empty'), min((), key=len, default=0), max([7], default=99))
pairs = [(2, 'b'), (1, 'z'), (2, 'a')]
print(min(pairs), max(pairs), max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[1]))
print(max(1, 2.5, -3), min(True, 2), max(-0.0, 0), min(2 ** 70, 2 ** 69 * 3), max('B', 'a'))
for call in ['min([])', 'max(())', 'min(1)', "max(1, 'a')", 'min()', 'max([], key=len)']:
    try:
        eval(call)
        print('ok', call)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, call)
class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return 'Box(%r)' % self.v
print(min(Box(3), Box(1), Box(2)), max([Box(3), Box(9)]), max([Box(1)], key=lambda b: -b.v))
