# getattr, setattr, hasattr, delattr, callable, repr, dir on objects.
class Obj:
    cls_val = 'class'
    def __init__(self):
        self.x = 1
    def method(self):
        return 'method'
o = Obj()
print(getattr(o, 'x'), getattr(o, 'cls_val'), getattr(o, 'missing', 'dflt'), getattr(o, 'method')())
setattr(o, 'y', 2)
setattr(o, 'x', 10)
print(o.x, o.y, hasattr(o, 'y'), hasattr(o, 'zz'), hasattr(Obj, 'method'))
delattr(o, 'y')
print(hasattr(o, 'y'))
try:
    getattr(o, 'nope')
except AttributeError:
    print('getattr without default raises AttributeError')
try:
    delattr(o, 'nope')
except AttributeError:
    print('delattr missing AttributeError')
print(callable(o), callable(o.method), callable(Obj), callable(len), callable(None), callable('str'))
print(repr(1), repr('s'), repr([1, 's']), repr(None), repr(1.5), repr((1,)), repr(b'b'))
names = [n for n in dir(o) if not n.startswith('_')]
print(sorted(names))
print(getattr([], 'append') is not None, getattr('abc', 'upper')(), getattr(5, 'no_such_attr', 'no attr'))
for name in ('x', 'cls_val'):
    print(name, type(getattr(o, name)).__name__)
print(getattr(Obj, '__name__'), hasattr(o, '__init__'))
