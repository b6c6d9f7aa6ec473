# An async paginated "API" consumed with async for over an async iterator class.
class Step:
    def __await__(self):
        yield
    __iter__ = __await__
DATABASE = ['item%02d' % i for i in range(23)]
async def fetch_page(page, size):
    await Step()
    start = page * size
    return DATABASE[start:start + size], start + size < len(DATABASE)
class Paginator:
    def __init__(self, size):
        self.size = size
        self.page = 0
        self.buffer = []
        self.more = True
        self.requests = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.buffer:
            if not self.more:
                raise StopAsyncIteration
            self.buffer, self.more = await fetch_page(self.page, self.size)
            self.requests += 1
            self.page += 1
            if not self.buffer:
                raise StopAsyncIteration
        return self.buffer.pop(0)
async def collect(size, stop_after=None):
    p = Paginator(size)
    out = []
    async for item in p:
        out.append(item)
        if stop_after and len(out) >= stop_after:
            break
    return out, p.requests
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
items, reqs = run(collect(5))
print(len(items), reqs, items[:3], items[-2:])
items, reqs = run(collect(10, stop_after=12))
print(len(items), reqs, items[-1])
items, reqs = run(collect(23))
print(len(items), reqs)
