# Classes created inside functions, closures over locals, class factories.
def make_class(prefix, base=object):
    counter = [0]
    class Dyn(base):
        def __init__(self, v):
            counter[0] += 1
            self.v = v
        def label(self):
            return '%s-%s' % (prefix, self.v)
        @staticmethod
        def made():
            return counter[0]
    return Dyn
A = make_class('a')
B = make_class('b')
print(A(1).label(), B(2).label(), A('x').label())
print(A.made(), B.made(), A is B)
class Base:
    def base_method(self):
        return 'base'
C = make_class('c', Base)
print(C(3).label(), C(3).base_method(), issubclass(C, Base))
def enum_factory(*names):
    class Enum:
        pass
    for i, n in enumerate(names):
        setattr(Enum, n, i)
    Enum.names = names
    return Enum
Color = enum_factory('RED', 'GREEN', 'BLUE')
print(Color.RED, Color.BLUE, Color.names)
T = type('T', (Base,), {'x': 10, 'get': lambda self: self.x * 2})
print(T().get(), T().base_method(), T.__name__, T.__bases__[0].__name__)
def outer():
    class Inner:
        class Nested:
            val = 'deep'
        def get(self):
            return self.Nested.val
    return Inner
print(outer()().get(), outer().Nested.val)
