# A hand-written semaphore limiting concurrency among coroutines in a tiny scheduler.
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
class Semaphore:
    def __init__(self, n):
        self.n = n
        self.waiting = 0
    async def acquire(self):
        self.waiting += 1
        while self.n == 0:
            await Yield()
        self.waiting -= 1
        self.n -= 1
    def release(self):
        self.n += 1
    async def __aenter__(self):
        await self.acquire()
        return self
    async def __aexit__(self, *exc):
        self.release()
active = []
peak = [0]
timeline = []
async def job(name, sem, work):
    async with sem:
        active.append(name)
        peak[0] = max(peak[0], len(active))
        timeline.append('start ' + name)
        for _ in range(work):
            await Yield()
        active.remove(name)
        timeline.append('end ' + name)
    return name
def run(coros):
    ready = list(coros)
    done = []
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
            ready.append(c)
        except StopIteration as e:
            done.append(e.value)
    return done
sem = Semaphore(2)
print(run([job(n, sem, w) for n, w in [('a', 3), ('b', 1), ('c', 2), ('d', 1), ('e', 2)]]))
print(timeline)
print('peak concurrency', peak[0], 'final permits', sem.n)
