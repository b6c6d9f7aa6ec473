# Interaction of properties, class attributes, instance attributes and __getattr__.
class Config:
    defaults = {'color': 'blue', 'size': 10}
    mode = 'class-level'
    def __init__(self, **overrides):
        self._values = dict(overrides)
    @property
    def size(self):
        return self._values.get('size', self.defaults['size']) * 2
    def __getattr__(self, name):
        if name in self._values:
            return self._values[name]
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(name)
c = Config(color='red', weight=3)
print(c.color, c.weight, c.size, c.mode)
c.mode = 'instance-level'
print(c.mode, Config.mode)
d = Config(size=7)
print(d.size, d.color)
try:
    d.unknown
except AttributeError as e:
    print('AttributeError', e.args)
print(hasattr(d, 'color'), hasattr(d, 'nope'), getattr(d, 'nope', 'fallback'))
class Lazy:
    loads = 0
    def __getattr__(self, name):
        Lazy.loads += 1
        value = name.upper()
        setattr(self, name, value)
        return value
z = Lazy()
print(z.alpha, z.alpha, z.beta, Lazy.loads)
