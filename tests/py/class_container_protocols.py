# A fixed-size ring buffer implementing len, iter, getitem (with slices), contains, bool, eq.
class Ring:
    def __init__(self, size):
        self.buf = [None] * size
        self.start = 0
        self.count = 0
    def push(self, v):
        end = (self.start + self.count) % len(self.buf)
        self.buf[end] = v
        if self.count < len(self.buf):
            self.count += 1
        else:
            self.start = (self.start + 1) % len(self.buf)
    def pop(self):
        if not self.count:
            raise IndexError('pop from empty ring')
        self.count -= 1
        return self.buf[(self.start + self.count) % len(self.buf)]
    def __len__(self):
        return self.count
    def __bool__(self):
        return self.count > 0
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.start, i.stop, i.step
            items = list(self)
            return items[start:stop] if step is None else items[start:stop:step]
        if i < 0:
            i += self.count
        if not 0 <= i < self.count:
            raise IndexError('ring index out of range')
        return self.buf[(self.start + i) % len(self.buf)]
    def __iter__(self):
        for i in range(self.count):
            yield self[i]
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, o):
        return list(self) == list(o)
    def __repr__(self):
        return 'Ring(%r)' % (list(self),)
r = Ring(4)
print(bool(r), len(r), r)
for v in range(6):
    r.push(v)
print(r, len(r), r[0], r[-1], r[1:3], r[::2], 3 in r, 0 in r)
print(r.pop(), r, r == [2, 3, 4], r == Ring(2))
try:
    r[10]
except IndexError as e:
    print('IndexError', e)
e = Ring(1)
try:
    e.pop()
except IndexError as ex:
    print('IndexError', ex)
print(sum(r), max(r), sorted(r, reverse=True), list(reversed(list(r))))
