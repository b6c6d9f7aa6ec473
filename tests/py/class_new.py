# __new__ for singletons, caching and immutable-style objects.
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print('creating instance')
            cls._inst = super().__new__(cls)
        return cls._inst
a = Singleton()
b = Singleton()
print(a is b)
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        o = object.__new__(cls)
        o.key = key
        cls._cache[key] = o
        return o
    def __init__(self, key):
        print('init', key)
x = Interned('k')
y = Interned('k')
print(x is y, len(Interned._cache))
class Point:
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.coords = (x, y)
        return self
    def __repr__(self):
        return 'Point%r' % (self.coords,)
print(Point(1, 2))
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(NotMine())
class Base:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.created_by = cls.__name__
        return o
class Child(Base):
    def __init__(self, v):
        self.v = v
c = Child(3)
print(c.created_by, c.v)
