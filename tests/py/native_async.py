# Native coroutines driven by a small bytecode scheduler.
import micropython

class Pause:
    def __await__(self):
        yield
    __iter__ = __await__

@micropython.native
async def worker(name, n, log):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await Pause()
    return name * n

async def bc_worker(log):
    r = await worker('z', 2, log)
    log.append('bc got ' + r)
    return r.upper()

def run(coros):
    results = {}
    tasks = list(enumerate(coros))
    while tasks:
        i, c = tasks.pop(0)
        try:
            c.send(None)
            tasks.append((i, c))
        except StopIteration as e:
            results[i] = e.value
    return [results[k] for k in sorted(results)]

log = []
print(run([worker('a', 3, log), worker('b', 1, log), bc_worker(log)]))
print(log)
