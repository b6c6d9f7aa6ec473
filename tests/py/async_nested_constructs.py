# async for inside async with inside try/finally, with loops and early exits.
class Step:
    def __await__(self):
        yield
    __iter__ = __await__
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    async def __aenter__(self):
        await Step()
        self.log.append('open ' + self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Step()
        self.log.append('close %s (%s)' % (self.name, et.__name__ if et else 'clean'))
        return False
class Rows:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        await Step()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def process(limit, fail_at, log):
    total = 0
    try:
        async with Resource('db', log) as db:
            async for row in Rows(5):
                if row == fail_at:
                    raise ValueError('bad row %d' % row)
                if row > limit:
                    break
                total += row
                log.append('%s row %d' % (db.name, row))
    except ValueError as e:
        log.append('error: %s' % e)
        return -1
    finally:
        log.append('finally total=%d' % total)
    return total
def drive(c):
    steps = 0
    while True:
        try:
            c.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
for limit, fail in [(10, 0), (2, 0), (10, 3)]:
    log = []
    print(drive(process(limit, fail, log)))
    print(log)
