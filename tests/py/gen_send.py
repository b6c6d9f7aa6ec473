# Generator send(): two-way communication and coroutine-style consumers.
def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return 'stopped'
e = echo()
print(e.send(None))
print(e.send('hello'))
print(e.send(42))
try:
    e.send('stop')
except StopIteration as ex:
    print('StopIteration', ex.value)
def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
r = running_avg()
next(r)
print([r.send(v) for v in [10, 20, 30, 40]])
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    finally:
        print('grep closing with', matches)
g = grep('py')
next(g)
for line in ['python', 'java', 'micropython', 'rust']:
    g.send(line)
g.close()
try:
    g2 = echo()
    g2.send('not none first')
except TypeError:
    print('TypeError: must send None first')
def accumulate():
    items = []
    while True:
        x = yield len(items)
        if x is None:
            break
        items.append(x)
    return items
a = accumulate()
print(next(a), a.send('p'), a.send('q'))
try:
    a.send(None)
except StopIteration as ex:
    print(ex.value)
