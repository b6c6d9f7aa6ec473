# Closures inside methods and classes inside closures; class scope is not enclosing.
class Widget:
    def __init__(self, name):
        self.name = name
        self.handlers = []
    def on(self, label):
        def handler(event):
            return '%s.%s got %s' % (self.name, label, event)
        self.handlers.append(handler)
        return handler
w = Widget('btn')
w.on('click')
w.on('hover')
print([h('E') for h in w.handlers])
x = 'global x'
class Scope:
    x = 'class x'
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(Scope().method(), Scope.y, Scope.z)
def factory(tag):
    class Tagged:
        def get(self):
            return tag
        def set(self, v):
            nonlocal tag
            tag = v
    return Tagged
T = factory('t1')
a, b = T(), T()
a.set('t2')
print(a.get(), b.get())
class Counter:
    def make_incrementers(self, n):
        return [lambda k=k: self.base + k for k in range(n)]
    base = 100
c = Counter()
print([f() for f in c.make_incrementers(3)])
