# async with using __aenter__/__aexit__, including exceptions and suppression.
log = []
class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False
    async def __aenter__(self):
        log.append('acquire ' + self.name)
        self.held = True
        return self
    async def __aexit__(self, et, e, tb):
        self.held = False
        log.append('release %s (%s)' % (self.name, et.__name__ if et else 'ok'))
        return et is KeyError
async def body(lock, fail):
    async with lock as l:
        log.append('inside, held=%s' % l.held)
        if fail == 'key':
            raise KeyError('suppressed')
        if fail == 'value':
            raise ValueError('propagates')
    return 'body done'
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
lk = Lock('L')
print(run(body(lk, None)))
print(run(body(lk, 'key')))
try:
    run(body(lk, 'value'))
except ValueError as e:
    print('ValueError', e)
print(lk.held)
for line in log:
    print(line)
async def nested():
    async with Lock('outer'), Lock('inner'):
        log.append('both held')
    return 'nested ok'
log.clear()
print(run(nested()))
print(log)
