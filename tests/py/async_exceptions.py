# Exceptions propagating through await chains and try/finally inside coroutines.
class Suspend:
    def __await__(self):
        yield 'suspended'
    __iter__ = __await__
log = []
async def level3(x):
    await Suspend()
    if x < 0:
        raise ValueError('negative: %d' % x)
    return x * 2
async def level2(x):
    try:
        return await level3(x) + 1
    finally:
        log.append('level2 finally %d' % x)
async def level1(x):
    try:
        return await level2(x)
    except ValueError as e:
        log.append('level1 caught ' + str(e))
        return -1
def drive(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n
print(drive(level1(5)))
print(drive(level1(-3)))
print(log)
async def cleanup():
    try:
        await Suspend()
        await Suspend()
    finally:
        log.append('cleanup on close')
c = cleanup()
c.send(None)
c.close()
print(log[-1])
async def thrower():
    try:
        await Suspend()
    except KeyError:
        log.append('thrower got KeyError')
        await Suspend()
        return 'recovered'
t = thrower()
t.send(None)
print(t.throw(KeyError))
print(drive(t))
print(log[-1])
