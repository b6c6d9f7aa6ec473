# Slice objects as a custom __getitem__ receives them: attributes, indices(), tuples of keys.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[x + y * w for x in range(w)] for y in range(h)]
    def __getitem__(self, key):
        if isinstance(key, tuple):
            row, col = key
            rows = self.cells[row] if isinstance(row, slice) else [self.cells[row]]
            return [r[col] for r in rows]
        return self.cells[key]
    def __len__(self):
        return self.h
g = Grid(4, 3)
print(g[1], g[1, 2], g[0:2, 1], g[:, 3], g[1:, 1:3], g[::2, ::-1], len(g))
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
for sl in [e[1:2], e[::-1], e[0:100:3], e[-3:], e[:-12], e[5:1], e[5:1:-2], e[-100:100:-7], e[:], e['a':'b']]:
    print(sl, sl.start, sl.stop, sl.step)
for sl in [e[1:2], e[::-1], e[0:100:3], e[-3:], e[:-12], e[5:1], e[5:1:-2], e[-100:100:-7], e[:]]:
    print([sl.indices(n) for n in (0, 1, 5, 10)])
print(e[1:2, ::3], e[...], e[1, ...], type(e[:]).__name__)
try:
    e[::0].indices(5)
except ValueError:
    print('ValueError zero step')
data = list(range(10))
for sl in [e[2:8:2], e[::-3], e[7:2:-1]]:
    start, stop, step = sl.indices(len(data))
    print(data[sl], [data[i] for i in range(start, stop, step)] == data[sl])
