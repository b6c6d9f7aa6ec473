# gather with failing children (first error propagates, or return_exceptions collects them),
# Event set/clear/wait across tasks, Lock exclusion and FIFO hand-over, and the loop API.
import asyncio
async def ok(n):
    await asyncio.sleep(0)
    return n
async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)
async def main():
    r = await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True)
    print([type(x).__name__ for x in r], r[0], r[2], r[1].args)
    try:
        await asyncio.gather(ok(1), fail(4), ok(5))
    except ValueError as e:
        print('gather raised', e.args)
    print(await asyncio.gather())
    ev = asyncio.Event()
    seen = []
    async def watcher(i):
        await ev.wait()
        seen.append(i)
    ts = [asyncio.create_task(watcher(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), seen)
    ev.set()
    await asyncio.sleep(0)
    print(ev.is_set(), sorted(seen))
    ev.clear()
    print(ev.is_set(), await ev.wait() if ev.is_set() else 'cleared')
    for t in ts:
        await t
    lock = asyncio.Lock()
    order = []
    async def worker(name):
        async with lock:
            order.append(name + '+')
            await asyncio.sleep(0.005)
            order.append(name + '-')
    await asyncio.gather(worker('a'), worker('b'), worker('c'))
    print(order, lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print('RuntimeError on release')
    return 'done'
loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
loop.close()
