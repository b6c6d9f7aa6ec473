# Cancelling coroutines by throwing a custom exception, with cleanup in finally.
class Cancelled(Exception):
    pass
class Tick:
    def __await__(self):
        yield
    __iter__ = __await__
log = []
async def long_task(name):
    try:
        i = 0
        while True:
            log.append('%s step %d' % (name, i))
            i += 1
            await Tick()
    except Cancelled:
        log.append('%s cancelled after %d steps' % (name, i))
        return 'cancelled'
    finally:
        log.append('%s cleanup' % name)
async def stubborn(name):
    try:
        await Tick()
    except Cancelled:
        log.append(name + ' ignores cancel once')
        await Tick()
    return 'stubborn done'
class Task:
    def __init__(self, coro):
        self.coro = coro
        self.done = False
        self.result = None
    def step(self, exc=None):
        try:
            if exc is None:
                self.coro.send(None)
            else:
                self.coro.throw(exc)
        except StopIteration as e:
            self.done = True
            self.result = e.value
    def cancel(self):
        if not self.done:
            self.step(Cancelled())
a = Task(long_task('A'))
b = Task(long_task('B'))
s = Task(stubborn('S'))
for t in range(3):
    for task in (a, b, s):
        if not task.done:
            task.step()
a.cancel()
s.cancel()
for task in (b, s):
    if not task.done:
        task.step()
b.cancel()
if not s.done:
    s.step()
print([(t.done, t.result) for t in (a, b, s)])
for line in log:
    print(line)
