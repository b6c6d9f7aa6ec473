# A tiny round-robin event loop scheduling several coroutines.
class Yield:
    def __await__(self):
        yield 'yield'
    __iter__ = __await__
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ('sleep', self.ticks)
    __iter__ = __await__
class Loop:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.now = 0
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                wake, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro))
                continue
            name, coro = self.ready.pop(0)
            try:
                req = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print('t=%d %s finished -> %r' % (self.now, name, e.value))
                continue
            if req == 'yield':
                self.ready.append((name, coro))
            else:
                self.sleeping.append((self.now + req[1], name, coro))
loop = Loop()
async def ticker(name, n):
    for i in range(n):
        print('t=%d %s tick %d' % (loop.now, name, i))
        await Yield()
    return n
async def sleeper(name, delay):
    print('t=%d %s sleeping %d' % (loop.now, name, delay))
    await Sleep(delay)
    print('t=%d %s woke' % (loop.now, name))
    await Sleep(delay)
    return name.upper()
loop.spawn('a', ticker('a', 3))
loop.spawn('b', ticker('b', 2))
loop.spawn('s1', sleeper('s1', 5))
loop.spawn('s2', sleeper('s2', 2))
loop.run()
print(sorted(loop.results.items()))
