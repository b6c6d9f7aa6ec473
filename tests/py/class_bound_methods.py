# Bound and unbound methods, method objects as values.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting='hi'):
        return '%s, %s' % (greeting, self.name)
g = Greeter('ann')
bound = g.greet
print(bound(), bound('hello'))
unbound = Greeter.greet
print(unbound(g), unbound(Greeter('bob'), 'yo'))
methods = [Greeter(n).greet for n in ('x', 'y')]
print([m() for m in methods])
print(list(map(Greeter.greet, [Greeter('p'), Greeter('q')])))
print(bound.__self__ is g if hasattr(bound, '__self__') else True)
def external(self):
    return 'external ' + self.name
Greeter.ext = external
print(g.ext())
g.inst_fn = lambda: 'plain function on instance'
print(g.inst_fn())
class Handler:
    def __init__(self):
        self.events = []
        self.dispatch = {'click': self.on_click, 'key': self.on_key}
    def on_click(self, x):
        self.events.append('click@%d' % x)
    def on_key(self, k):
        self.events.append('key:' + k)
h = Handler()
for ev, arg in [('click', 3), ('key', 'a'), ('click', 7)]:
    h.dispatch[ev](arg)
print(h.events)
print(callable(bound))
