# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, slices.
class SparseList:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}
    def __len__(self):
        return self.size
    def _norm(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('index out of range')
        return i
    def __getitem__(self, i):
        if isinstance(i, slice):
            start = 0 if i.start is None else i.start
            stop = self.size if i.stop is None else i.stop
            return [self[k] for k in range(start, stop)]
        return self.data.get(self._norm(i), self.default)
    def __setitem__(self, i, v):
        i = self._norm(i)
        if v == self.default:
            self.data.pop(i, None)
        else:
            self.data[i] = v
    def __delitem__(self, i):
        self.data.pop(self._norm(i), None)
    def __contains__(self, v):
        return v in self.data.values() or (v == self.default and len(self.data) < self.size)
    def __iter__(self):
        for i in range(self.size):
            yield self[i]
s = SparseList(10)
s[3] = 'x'
s[-1] = 'last'
s[5] = 7
print(len(s), s[3], s[9], s[0], s[2:6], s[8:])
print('x' in s, 'y' in s, 0 in s)
del s[3]
print(list(s))
s[5] = 0
print(sorted(s.data.items()))
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), '.')
    def __setitem__(self, key, v):
        self.cells[key] = v
g = Grid()
g[0, 1] = '#'
g[2, 2] = '@'
for r in range(3):
    print(''.join(g[r, c] for c in range(3)))
