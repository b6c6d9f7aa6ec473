# Interplay of throw(), close() and nested finally blocks inside generators.
log = []
def worker():
    try:
        try:
            while True:
                try:
                    v = yield
                    log.append('got %r' % (v,))
                except ValueError as e:
                    log.append('value error %s' % e)
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad'))
w.send(2)
try:
    w.throw(KeyError('k'))
except KeyError:
    log.append('KeyError escaped')
print(log)
log.clear()
w2 = worker()
next(w2)
w2.send('x')
w2.close()
print(log)
def counted():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print('counted stopped after', n)
c = counted()
for v in c:
    if v == 3:
        break
c.close()
def transform():
    while True:
        try:
            x = yield
            print('square', x * x)
        except TypeError:
            print('skipping non-number')
t = transform()
next(t)
t.send(3)
t.throw(TypeError)
t.send(4)
t.close()
print('done')
