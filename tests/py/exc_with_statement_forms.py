# with statements: __enter__/__exit__ order, exception details passed in, suppression, nesting.
events = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        events.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        events.append('exit %s %s %s' % (self.name, et.__name__ if et else None, ev.args if ev else None))
        return self.suppress
with CM('a') as v:
    events.append('body ' + v)
print(events)
events.clear()
try:
    with CM('b'):
        raise KeyError('k')
except KeyError:
    events.append('propagated')
print(events)
events.clear()
with CM('c', suppress=True):
    raise ValueError('hidden')
events.append('after suppressed')
print(events)
events.clear()
with CM('outer') as o, CM('inner') as i:
    events.append(o + i)
print(events)
events.clear()
def early():
    with CM('ret'):
        return 'returned'
print(early(), events)
events.clear()
for n in range(3):
    with CM('loop%d' % n):
        if n == 1:
            continue
        if n == 2:
            break
print(events)
class Fails:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        events.append('exit should not run')
events.clear()
try:
    with Fails():
        events.append('body should not run')
except RuntimeError as e:
    print('RuntimeError', e.args, events)
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False
r = Resource()
with r as same:
    print(same is r, r.open)
print(r.open)
