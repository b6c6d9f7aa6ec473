# Producer/consumer coroutines communicating through a queue in a small scheduler.
class Queue:
    def __init__(self, size):
        self.items = []
        self.size = size
    async def put(self, v):
        while len(self.items) >= self.size:
            await Pause()
        self.items.append(v)
    async def get(self):
        while not self.items:
            await Pause()
        return self.items.pop(0)
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
def run_all(coros):
    tasks = list(coros)
    results = [None] * len(tasks)
    alive = list(range(len(tasks)))
    steps = 0
    while alive:
        for idx in list(alive):
            try:
                tasks[idx].send(None)
            except StopIteration as e:
                results[idx] = e.value
                alive.remove(idx)
        steps += 1
    return results, steps
trace = []
async def producer(q, name, n):
    for i in range(n):
        await q.put('%s%d' % (name, i))
        trace.append('put %s%d' % (name, i))
    await q.put(None)
    return 'producer %s done' % name
async def consumer(q, producers):
    got = []
    finished = 0
    while finished < producers:
        v = await q.get()
        if v is None:
            finished += 1
        else:
            got.append(v)
    return got
q = Queue(2)
res, steps = run_all([producer(q, 'a', 3), producer(q, 'b', 2), consumer(q, 2)])
print(res[0], res[1])
print(sorted(res[2]), len(res[2]))
print(trace)
print('steps', steps)
