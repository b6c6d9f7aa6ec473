# Deep await chains, recursion and coroutines stored in data structures.
class Hop:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got
    __iter__ = __await__
async def fib(n):
    if n < 2:
        return n
    a = await fib(n - 1)
    b = await fib(n - 2)
    return a + b
async def collect(n):
    seen = []
    for i in range(n):
        seen.append(await Hop(i))
    return seen
def finish(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print([finish(fib(i)) for i in range(15)])
c = collect(3)
out = [c.send(None)]
try:
    while True:
        out.append(c.send(out[-1] * 10))
except StopIteration as e:
    print(out, e.value)
async def apply(fns, x):
    for f in fns:
        x = await f(x)
    return x
async def inc(x):
    return x + 1
async def dbl(x):
    return x * 2
print(finish(apply([inc, dbl, inc, dbl], 3)))
registry = {'inc': inc, 'dbl': dbl}
print(sorted((k, finish(v(10))) for k, v in registry.items()))
