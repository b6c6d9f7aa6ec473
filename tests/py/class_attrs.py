# Class attributes vs instance attributes, shadowing and mutation.
class Config:
    defaults = {'debug': False}
    level = 1
    tags = []
    def __init__(self, name):
        self.name = name
a = Config('a')
b = Config('b')
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 2
print(a.level, b.level)
a.tags.append('shared!')
print(b.tags, Config.tags)
b.tags = ['own']
print(a.tags, b.tags)
del a.level
print(a.level)
print('level' in a.__dict__, 'name' in a.__dict__)
Config.new_attr = 'added later'
print(a.new_attr)
class Sub(Config):
    level = 10
print(Sub('s').level, Sub.defaults is Config.defaults)
Sub.defaults = {'debug': True}
print(Config.defaults, Sub.defaults)
class Counter:
    n = 0
    def bump(self):
        self.n += 1
c1, c2 = Counter(), Counter()
c1.bump(); c1.bump(); c2.bump()
print(c1.n, c2.n, Counter.n)
print(getattr(Config, 'level'), getattr(a, 'name'))
setattr(Config, 'level', 99)
print(b.level)
