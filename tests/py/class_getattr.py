# __getattr__ fallbacks, __setattr__ and __delattr__ hooks.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append('get ' + name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self.target, name)
class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return 'hello %d' % self.x
t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.x = 5
print(t.x, p.hello())
p.y = 'new'
print(t.y)
del p.y
print(hasattr(t, 'y'))
print(p.log)
class Defaults:
    known = 'class attr'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:].upper()
        raise AttributeError(name)
d = Defaults()
print(d.known, d.auto_thing)
try:
    d.missing
except AttributeError:
    print('AttributeError for missing')
print(getattr(d, 'auto_x', None), getattr(d, 'nothing', 'fallback'), hasattr(d, 'auto_y'), hasattr(d, 'nope'))
class Record:
    def __init__(self, **fields):
        for k in fields:
            setattr(self, k, fields[k])
r = Record(a=1, b=2)
print(r.a + r.b)
