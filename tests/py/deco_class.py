# Class decorators and decorators applied to methods.
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, getattr(self, k)) for k in cls.fields)
        return '%s(%s)' % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls
def add_init(cls):
    def __init__(self, *args):
        for k, v in zip(cls.fields, args):
            setattr(self, k, v)
    cls.__init__ = __init__
    return cls
@add_repr
@add_init
class Point:
    fields = ('x', 'y')
print(Point(1, 2), Point('a', 'b'))
registry = []
def registered(cls):
    registry.append(cls.__name__)
    return cls
@registered
class A:
    pass
@registered
class B(A):
    pass
print(registry)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
def logged(method):
    def wrapper(self, *a):
        self.calls.append(method.__name__)
        return method(self, *a)
    return wrapper
class Service:
    def __init__(self):
        self.calls = []
    @logged
    def start(self):
        return 'started'
    @logged
    def work(self, n):
        return n * 2
s = Service()
print(s.start(), s.work(21), s.calls)
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@Deco
def square(x):
    return x * x
print(square(3), square(4), square.count)
