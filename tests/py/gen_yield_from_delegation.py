# yield from: values, send/throw passed to the inner generator, return values, iterables.
def inner():
    got = []
    while True:
        x = yield 'inner wants'
        if x is None:
            return got
        got.append(x)
def outer():
    result = yield from inner()
    yield 'inner returned %r' % (result,)
g = outer()
print(next(g), g.send(1), g.send(2), g.send(None))
def counter(n):
    for i in range(n):
        yield i
    return 'done %d' % n
def chain():
    a = yield from counter(2)
    b = yield from counter(3)
    yield (a, b)
print(list(chain()))
def from_iterables():
    yield from [1, 2]
    yield from 'ab'
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    yield from {'k': 0}
print(list(from_iterables()))
def catcher():
    try:
        yield 'a'
        yield 'b'
    except KeyError as e:
        yield 'inner caught %s' % e.args[0]
    yield 'c'
def delegate():
    yield from catcher()
    yield 'after'
d = delegate()
print(next(d), d.throw(KeyError('k')), next(d), next(d))
log = []
def closable():
    try:
        yield 1
        yield 2
    finally:
        log.append('inner finally')
def wrapper():
    try:
        yield from closable()
    finally:
        log.append('outer finally')
w = wrapper()
next(w)
w.close()
print(log)
def deep(n):
    if n == 0:
        yield 'bottom'
        return 0
    r = yield from deep(n - 1)
    yield 'level %d' % n
    return r + 1
def top():
    total = yield from deep(4)
    yield 'total %d' % total
print(list(top()))
def stop_value():
    return (yield from iter([]))
try:
    next(stop_value())
except StopIteration as e:
    print('empty delegation returns', e.value)
