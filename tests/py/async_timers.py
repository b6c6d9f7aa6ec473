# Simulated timers: coroutines awaiting virtual time in a priority-ordered loop.
class Wait:
    def __init__(self, dt):
        self.dt = dt
    def __await__(self):
        yield self.dt
    __iter__ = __await__
class Clock:
    def __init__(self):
        self.t = 0
        self.queue = []
        self.seq = 0
    def add(self, coro, at=0):
        self.queue.append((at, self.seq, coro))
        self.seq += 1
    def run(self, until=100):
        while self.queue:
            self.queue.sort(key=lambda e: (e[0], e[1]))
            at, _, coro = self.queue.pop(0)
            if at > until:
                print('stopping at', until)
                break
            self.t = at
            try:
                dt = coro.send(None)
                self.add(coro, self.t + dt)
            except StopIteration as e:
                print('[%3d] finished: %s' % (self.t, e.value))
clock = Clock()
async def blinker(name, period, times):
    for i in range(times):
        print('[%3d] %s %s' % (clock.t, name, 'on' if i % 2 == 0 else 'off'))
        await Wait(period)
    return name + ' done'
async def alarm(at):
    await Wait(at)
    print('[%3d] ALARM' % clock.t)
    return 'alarm rang'
async def forever():
    while True:
        await Wait(40)
clock.add(blinker('led1', 7, 5))
clock.add(blinker('led2', 10, 3))
clock.add(alarm(25))
clock.add(forever())
clock.run(until=60)
