# Task cancellation: a sleeping task, a task awaiting another task, a task cancelled before
# it ever ran, a task that catches CancelledError and returns, and done()/cancel() results.
import asyncio
log = []
async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise
    finally:
        log.append(name + ' cleanup')
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return 'ignored cancel'
async def never_started():
    log.append('never printed')
async def waiter(t):
    try:
        return await t
    except asyncio.CancelledError:
        log.append('waiter cancelled')
        raise
async def main():
    t = asyncio.create_task(sleeper('a'))
    await asyncio.sleep(0)
    print(t.done(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('a raised CancelledError')
    print(t.done(), t.cancel())
    t2 = asyncio.create_task(never_started())
    print(t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print('t2 cancelled before start')
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3)
    inner = asyncio.create_task(sleeper('inner'))
    outer = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled')
    # Cancelling the waiter leaves the awaited task running.
    print(inner.done())
    inner.cancel()
    try:
        await inner
    except asyncio.CancelledError:
        print('inner cancelled')
    print(asyncio.current_task() is not None)
    print(sorted(log))
asyncio.run(main())
