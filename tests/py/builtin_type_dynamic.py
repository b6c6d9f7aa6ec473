# type(): the type of values, and type(name, bases, dict) building classes at run time.
print([type(v).__name__ for v in [1, 1.5, 1j, 'a', b'b', bytearray(), [], (), {}, set(), frozenset(), None, True, range(1)]])
print(type(1) is int, type(True) is bool, type(type) is type, type(int) is type, type(object) is type)
def hello(self):
    return 'hello from ' + type(self).__name__
Base = type('Base', (), {'greet': hello, 'kind': 'base'})
Child = type('Child', (Base,), {'kind': 'child', 'extra': lambda self, n: n * 2})
c = Child()
print(Base.__name__, Child.__name__, c.greet(), c.kind, Base().kind, c.extra(21))
print(isinstance(c, Base), issubclass(Child, Base), type(c) is Child, Child.__bases__ == (Base,))
Num = type('Num', (int,), {'double': lambda self: self * 2})
n = Num(21)
print(n, n.double(), n + 1, isinstance(n, int))
Empty = type('Empty', (), {})
e = Empty()
e.attr = 5
print(type(e).__name__, e.attr)
class Meta:
    pass
print(type(Meta) is type, type(Meta()) is Meta, type(Meta()).__name__)
for bad in [(1, (), {}), ('X', 1, {}), ('X', (), 1)]:
    try:
        type(*bad)
        print('made', bad)
    except TypeError:
        print('TypeError', type(bad[0]).__name__, type(bad[1]).__name__, type(bad[2]).__name__)
try:
    type()
except TypeError:
    print('TypeError type()')
