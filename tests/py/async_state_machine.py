# Coroutine-based protocol parser fed byte chunks by a driver.
class Need:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        data = yield self.n
        return data
    __iter__ = __await__
async def parse_messages(count):
    msgs = []
    for _ in range(count):
        header = await Need(2)
        kind = header[0]
        length = header[1]
        body = await Need(length)
        if kind == ord('T'):
            msgs.append(('text', body.decode()))
        elif kind == ord('N'):
            v = 0
            for b in body:
                v = v * 256 + b
            msgs.append(('num', v))
        else:
            msgs.append(('unknown', len(body)))
    return msgs
stream = b'T\x05helloN\x02\x01\x00X\x03abcT\x00'
coro = parse_messages(4)
pos = 0
want = coro.send(None)
try:
    while True:
        chunk = stream[pos:pos + want]
        pos += want
        want = coro.send(chunk)
except StopIteration as e:
    for m in e.value:
        print(m)
print('consumed', pos, 'of', len(stream))
