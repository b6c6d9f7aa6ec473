# Light use of the asyncio module: run, gather, create_task, sleep(0).
import asyncio
async def square(n, log):
    log.append('start %d' % n)
    await asyncio.sleep(0)
    log.append('end %d' % n)
    return n * n
async def main():
    log = []
    results = await asyncio.gather(square(2, log), square(3, log), square(4, log))
    print(results)
    print(sorted(log))
    t = asyncio.create_task(square(5, log))
    r = await t
    print('task result', r)
    async def waiter(ev_list):
        for i in range(3):
            ev_list.append(i)
            await asyncio.sleep(0)
        return sum(ev_list)
    print(await waiter([]))
    return 'main done'
print(asyncio.run(main()))
