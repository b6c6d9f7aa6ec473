# Subclasses of list and dict: inherited methods, overridden special methods, iteration, repr.
class History(list):
    def __init__(self, *items):
        super().__init__(items)
        self.undone = []
    def undo(self):
        self.undone.append(self.pop())
        return self
    def latest(self, n=1):
        return self[-n:]
h = History(1, 2, 3)
h.append(4)
h.extend([5, 6])
h.undo().undo()
print(h, len(h), h.undone, h.latest(2), h[0], h[1:3], 3 in h, list(reversed(h)), sorted(h, reverse=True))
h.sort(key=lambda v: -v)
print(h, h.index(2), h.count(1), h + [9], [0] + list(h), type(h + [9]).__name__, isinstance(h, list))
for v in h:
    print(v, end=' ')
print()
class Bounded(list):
    limit = 3
    def append(self, x):
        if len(self) >= self.limit:
            raise OverflowError('full')
        super().append(x)
b = Bounded()
for i in range(5):
    try:
        b.append(i)
    except OverflowError:
        print('full at', i)
print(b, len(b))
class Registry(dict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco
    def call(self, name, *args):
        return self[name](*args)
reg = Registry()
@reg.register('add')
def add(a, b):
    return a + b
@reg.register('neg')
def neg(a):
    return -a
print(sorted(reg), reg.call('add', 2, 3), reg.call('neg', 4), len(reg), 'add' in reg, reg.get('nope'))
class Counted(dict):
    def __getitem__(self, key):
        return super().__getitem__(key) if key in self else 0
    def add(self, key):
        self[key] = self[key] + 1
cnt = Counted()
for w in 'abracadabra':
    cnt.add(w)
print(sorted(cnt.items()), cnt['z'], cnt['a'])
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['key'] = 1
u['Other'] = 2
print(sorted(u.items()), 'KEY' in u)
