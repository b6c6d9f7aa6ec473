# Decorators that build descriptors and validate arguments.
def typed(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('%r is not %s' % (a, t.__name__))
            return fn(*args)
        return wrapper
    return deco
@typed(int, int)
def add(a, b):
    return a + b
print(add(2, 3))
try:
    add(2, '3')
except TypeError as e:
    print('TypeError:', e)
def cached_property(fn):
    attr = '_cached_' + fn.__name__
    def getter(self):
        if not hasattr(self, attr):
            setattr(self, attr, fn(self))
        return getattr(self, attr)
    return property(getter)
class Data:
    computations = 0
    def __init__(self, items):
        self.items = items
    @cached_property
    def total(self):
        Data.computations += 1
        return sum(self.items)
d = Data([1, 2, 3])
print(d.total, d.total, Data.computations)
def clamp(lo, hi):
    def deco(fn):
        def wrapper(*a):
            return max(lo, min(hi, fn(*a)))
        return wrapper
    return deco
@clamp(0, 100)
def score(x):
    return x * 10
print([score(v) for v in (-3, 5, 20)])
def deprecated(msg):
    def deco(fn):
        warned = []
        def wrapper(*a):
            if not warned:
                print('warning:', fn.__name__, msg)
                warned.append(1)
            return fn(*a)
        return wrapper
    return deco
@deprecated('use new_api')
def old_api(x):
    return x + 1
print(old_api(1), old_api(2))
