# Generators that yield inside with-blocks: cleanup happens on exhaustion, close or break.
log = []
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append('exit %s %s' % (self.name, et.__name__ if et else '-'))
        return False
def rows(name, n):
    with Ctx(name):
        for i in range(n):
            yield '%s%d' % (name, i)
print(list(rows('a', 2)), log)
log.clear()
g = rows('b', 5)
print(next(g), next(g), log)
g.close()
print(log)
log.clear()
it = rows('c', 10)
for r in it:
    if r == 'c1':
        break
it.close()
print(log)
def nested():
    with Ctx('outer'):
        yield 1
        with Ctx('inner'):
            yield 2
        yield 3
log.clear()
print(list(nested()), log)
log.clear()
n = nested()
next(n)
next(n)
try:
    n.throw(ValueError('stop'))
except ValueError:
    pass
print(log)
