# Generator protocol: send() values in, throw() exceptions in, close() and the states it leaves.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            if x == 'stop':
                return received
    finally:
        received.append('closed')
g = echo()
print(next(g), g.send('a'), g.send(None), g.send(3))
try:
    g.send('stop')
except StopIteration as e:
    print('returned', e.value)
try:
    next(g)
except StopIteration as e:
    print('exhausted', e.value)
g = echo()
try:
    g.send('early')
except TypeError:
    print('TypeError send before start')
print(next(g), g.send(1))
g.close()
try:
    next(g)
except StopIteration:
    print('closed generator stops')
def guarded():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            yield 'handled ' + str(e.args[0])
g = guarded()
print(next(g), g.throw(ValueError('bad')), next(g), g.throw(ValueError, ValueError('again')) if False else g.throw(ValueError('again')))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', e.args)
try:
    next(g)
except StopIteration:
    print('dead after unhandled throw')
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(IndexError('before start'))
except IndexError:
    print('throw into unstarted raises at once')
def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
ig = ignores_close()
next(ig)
try:
    ig.close()
except RuntimeError:
    print('RuntimeError yield after GeneratorExit')
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup ran')
c = cleanup()
print(next(c))
c.close()
c.close()
print('closed twice fine')
print(list(cleanup()))
