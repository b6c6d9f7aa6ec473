# with statement: enter/exit ordering, as-targets, multiple items, exceptions.
class CM:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        self.log.append('exit %s %s' % (self.name, et.__name__ if et else None))
        return self.suppress
log = []
with CM('a', log) as x:
    log.append('body ' + x)
print(log)
log = []
with CM('a', log) as x, CM('b', log) as y:
    log.append('body %s %s' % (x, y))
print(log)
log = []
try:
    with CM('a', log), CM('b', log):
        raise ValueError
except ValueError:
    log.append('caught')
print(log)
log = []
with CM('outer', log, suppress=True):
    with CM('inner', log):
        raise KeyError('k')
    log.append('not reached')
log.append('after')
print(log)
log = []
with CM('noas', log):
    pass
print(log)
def fn():
    log = []
    with CM('r', log):
        return log
print(fn())
log = []
for i in range(3):
    with CM(str(i), log):
        if i == 1:
            continue
        log.append('body%d' % i)
print(log)
class Target:
    pass
t = Target()
log = []
with CM('attr', log) as t.value:
    pass
print(t.value)
with CM('tu', log) as (p, q):
    pass
print(p, q)
