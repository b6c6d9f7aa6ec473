# Subclassing builtin types: list, dict, str, int, tuple, Exception.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list))
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
d = AttrDict(a=1)
d['b'] = 2
print(d.a, d.b, sorted(d.keys()), len(d))
try:
    d.zz
except AttributeError:
    print('no zz')
class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hey')
print(u.shout(), u + ' you', len(u), u == 'hey', isinstance(u, str))
class Meters(int):
    def __repr__(self):
        return '%dm' % int(self)
m = Meters(5)
print(repr(m), m + 3, m * 2, m > 4)
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, p.swap(), p[0], len(p))
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
try:
    raise ValidationError('age', 'must be positive')
except ValueError as e:
    print(type(e).__name__, e.field, e.args)
