# Class body executes top to bottom; names defined in class body; __set_name__ calls.
log = []
class Field:
    def __set_name__(self, owner, name):
        log.append('set_name ' + name)
        self.name = name
class Model:
    log.append('body start')
    a = Field()
    x = 10
    y = x * 2
    b = Field()
    def method(self):
        return self.y
    log.append('body end')
log.append('after class')
print(sorted(log[1:3]), log[0], log[3:])
print(Model.x, Model.y, Model().method())
print(Model.a.name, Model.b.name)
class Computed:
    items = [i * i for i in range(4)]
    total = 0
    for _i in range(5):
        total += _i
    lookup = {k: len(k) for k in ('one', 'three')}
print(Computed.items, Computed.total, sorted(Computed.lookup.items()))
class Conditional:
    DEBUG = False
    if DEBUG:
        def mode(self):
            return 'debug'
    else:
        def mode(self):
            return 'release'
print(Conditional().mode())
