# Decorator application order, decorator expressions and decorating methods/classes.
order = []
def tag(name):
    order.append('factory ' + name)
    def deco(fn):
        order.append('apply ' + name)
        def wrapper(*a):
            return '<%s>%s</%s>' % (name, fn(*a), name)
        return wrapper
    return deco
@tag('a')
@tag('b')
@tag('c')
def text(s):
    return s
print(order)
print(text('hi'))
decorators = [tag('x'), tag('y')]
dx, dy = decorators
@dx
@dy
def inner():
    return 'inner'
print(inner())
class Registry:
    def __init__(self):
        self.items = {}
    def register(self, key):
        def deco(obj):
            self.items[key] = obj
            return obj
        return deco
reg = Registry()
@reg.register('square')
def sq(x):
    return x * x
@reg.register('point')
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(sorted(reg.items), reg.items['square'](7), reg.items['point'](1, 2).y)
def method_deco(fn):
    def wrapper(self, *a):
        return fn(self, *a) * 2
    return wrapper
class Calc:
    def __init__(self, base):
        self.base = base
    @method_deco
    def add(self, v):
        return self.base + v
    @staticmethod
    @tag('s')
    def static_thing():
        return 'static'
print(Calc(10).add(5), Calc.static_thing())
