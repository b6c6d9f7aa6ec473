# In-place operators: __iadd__ etc. versus fallback to __add__.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
a = Acc()
ref = a
a += 1
a += 2
a += 3
a -= 1
print(a.items, ref is a)
class Immutable:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Immutable(self.v + o)
    def __repr__(self):
        return 'I(%d)' % self.v
i = Immutable(1)
j = i
i += 5
print(i, j, i is j)
class Weird:
    def __iadd__(self, o):
        return 'replaced'
w = Weird()
w += 1
print(w)
class Both:
    def __add__(self, o):
        return 'add'
    def __iadd__(self, o):
        return 'iadd'
b = Both()
print(b + 1)
b += 1
print(b)
class Shift:
    def __init__(self, v=1):
        self.v = v
    def __lshift__(self, n):
        return Shift(self.v << n)
    def __rshift__(self, n):
        return Shift(self.v >> n)
    def __floordiv__(self, n):
        return Shift(self.v // n)
    def __mod__(self, n):
        return Shift(self.v % n)
    def __pow__(self, n):
        return Shift(self.v ** n)
s = Shift()
s <<= 10; print(s.v)
s >>= 3; print(s.v)
s //= 3; print(s.v)
s **= 3; print(s.v)
s %= 100; print(s.v)
