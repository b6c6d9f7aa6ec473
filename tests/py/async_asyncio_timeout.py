# asyncio.wait_for / wait_for_ms: results in time, timeouts, and what the timed-out
# coroutine sees (CancelledError, then its finally block).
import asyncio
log = []
async def slow(n, delay):
    try:
        await asyncio.sleep(delay)
        return n * 10
    except asyncio.CancelledError:
        log.append('slow %d cancelled' % n)
        raise
    finally:
        log.append('slow %d finally' % n)
async def fast(n):
    await asyncio.sleep(0)
    return n + 1
async def main():
    print(await asyncio.wait_for(fast(1), 1))
    print(await asyncio.wait_for(slow(2, 0.01), 1))
    try:
        await asyncio.wait_for(slow(3, 10), 0.02)
    except asyncio.TimeoutError:
        print('timeout 3')
    try:
        await asyncio.wait_for_ms(slow(4, 10), 20) if hasattr(asyncio, 'wait_for_ms') else await asyncio.wait_for(slow(4, 10), 0.02)
    except asyncio.TimeoutError:
        print('timeout 4')
    print(await asyncio.wait_for(fast(5), None))
    # A task that ignores nothing but raises: the error passes through wait_for.
    async def bad():
        await asyncio.sleep(0)
        raise ValueError('bad')
    try:
        await asyncio.wait_for(bad(), 1)
    except ValueError as e:
        print('ValueError', e)
    # Sleeps finish in deadline order regardless of start order.
    order = []
    async def sleeper(name, d):
        await asyncio.sleep(d)
        order.append(name)
    await asyncio.gather(sleeper('c', 0.03), sleeper('a', 0.01), sleeper('b', 0.02))
    print(order)
    print(log)
asyncio.run(main())
