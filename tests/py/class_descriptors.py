# Data and non-data descriptors with __get__/__set__/__set_name__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('ann', 30)
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
print(type(Person.name).__name__)
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v
class Holder:
    c = Constant(42)
h = Holder()
print(h.c)
h.c = 'instance value wins for non-data descriptors'
print(h.c)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        val = self.fn(obj)
        setattr(obj, self.fn.__name__, val)
        return val
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return sum(range(1000))
d = Data()
print(d.expensive, d.expensive, Data.calls)
