# asyncio Event and Lock coordinating tasks (deterministic with sleep(0) only).
import asyncio
async def producer(ev, box):
    for i in range(3):
        await asyncio.sleep(0)
    box.append('payload')
    ev.set()
    return 'produced'
async def consumer(ev, box, name):
    await ev.wait()
    return '%s saw %s' % (name, box[0])
async def locked_counter(lock, state, name, log):
    for _ in range(2):
        async with lock:
            v = state['n']
            await asyncio.sleep(0)
            state['n'] = v + 1
            log.append(name)
async def main():
    ev = asyncio.Event()
    box = []
    res = await asyncio.gather(consumer(ev, box, 'c1'), producer(ev, box), consumer(ev, box, 'c2'))
    print(res, ev.is_set())
    lock = asyncio.Lock()
    state = {'n': 0}
    log = []
    await asyncio.gather(locked_counter(lock, state, 'x', log), locked_counter(lock, state, 'y', log))
    print(state, sorted(log), lock.locked())
asyncio.run(main())
