# Custom awaitable objects that suspend and are resumed by a driver.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        value = yield self.tag
        return 'resumed(%s)' % value
    __iter__ = __await__
async def worker():
    a = await Suspend('first')
    print('worker got', a)
    b = await Suspend('second')
    print('worker got', b)
    return a + ' & ' + b
coro = worker()
print('yielded', coro.send(None))
print('yielded', coro.send('x'))
try:
    coro.send('y')
except StopIteration as e:
    print('result', e.value)
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield
    __iter__ = __await__
async def immediate():
    return await Ready(7) * 6
try:
    immediate().send(None)
except StopIteration as e:
    print('immediate', e.value)
async def chained():
    total = 0
    for i in range(3):
        total += len(await Suspend(i))
    return total
c = chained()
steps = [c.send(None)]
try:
    while True:
        steps.append(c.send('v' * len(steps)))
except StopIteration as e:
    print(steps, e.value)
async def throw_target():
    try:
        await Suspend('waiting')
    except KeyError as e:
        return 'coroutine caught KeyError'
t = throw_target()
t.send(None)
try:
    t.throw(KeyError('x'))
except StopIteration as e:
    print(e.value)
