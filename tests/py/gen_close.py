# Generator close(): GeneratorExit, finally blocks and return values.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit as e:
        print('GeneratorExit received')
        raise e
    finally:
        print('finally')
g = gen()
print(next(g))
g.close()
print('closed')
g.close()
print(list(g))
g2 = gen()
g2.close()
print('closing unstarted is silent')
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print('swallowing by returning')
        return
s = swallow()
next(s)
print(s.close())
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 'not allowed'
b = bad()
next(b)
try:
    b.close()
except RuntimeError:
    print('RuntimeError: generator ignored GeneratorExit')
def finished():
    yield 1
f = finished()
print(list(f))
f.close()
print('close on finished ok')
def cleanup_order(tag, log):
    try:
        for i in range(3):
            yield i
    finally:
        log.append(tag)
log = []
a = cleanup_order('a', log)
b2 = cleanup_order('b', log)
next(a); next(b2)
b2.close()
a.close()
print(log)
