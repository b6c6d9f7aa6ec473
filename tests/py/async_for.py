# async for with hand-written asynchronous iterators.
class Tick:
    def __await__(self):
        yield 'tick'
    __iter__ = __await__
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1
class AList:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return AListIter(self.items)
class AListIter:
    def __init__(self, items):
        self.items = items
        self.pos = 0
    async def __anext__(self):
        if self.pos == len(self.items):
            raise StopAsyncIteration
        self.pos += 1
        return self.items[self.pos - 1]
async def main():
    out = []
    async for i in ARange(4):
        out.append(i * i)
    print('squares', out)
    async for s in AList('xyz'):
        if s == 'y':
            continue
        print('item', s)
    async for v in ARange(10):
        if v == 2:
            break
    else:
        print('not reached')
    async for v in ARange(0):
        print('never')
    else:
        print('empty async for ran else')
    return len(out)
coro = main()
ticks = 0
while True:
    try:
        coro.send(None)
        ticks += 1
    except StopIteration as e:
        print('done', e.value, 'ticks', ticks)
        break
