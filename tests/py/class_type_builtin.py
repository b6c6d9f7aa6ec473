# type() introspection and dynamic type creation with type(name, bases, dict).
print(type(1) is int, type('s') is str, type([]) is list, type({}) is dict)
print(type(type) is type, type(int) is type, type(None).__name__)
class A:
    pass
class B(A):
    pass
print(type(B()) is B, type(B()) is A, isinstance(B(), A))
def init(self, v):
    self.v = v
def show(self):
    return '%s(%r)' % (type(self).__name__, self.v)
Dyn = type('Dyn', (), {'__init__': init, 'show': show, 'kind': 'dynamic'})
d = Dyn(5)
print(d.show(), Dyn.kind, type(d).__name__)
Sub = type('Sub', (Dyn, ), {'kind': 'sub'})
print(Sub(6).show(), Sub.kind, issubclass(Sub, Dyn))
print(type(d)(7).show())
print([type(x).__name__ for x in (1, 1.0, 'a', b'a', (), [], {}, set(), None, True, range(1))])
print(isinstance(int, type), isinstance(A, type), isinstance(A(), type))
t = type(3)
print(t('42') + 1, type('')(12), type([])('ab'))
