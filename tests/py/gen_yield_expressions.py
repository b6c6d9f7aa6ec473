# yield used as an expression in various positions.
def g1():
    x = (yield 1) + 10
    y = (yield x) * 2
    yield x + y
it = g1()
print(next(it), it.send(5), it.send(7))
def g2():
    lst = [(yield), (yield)]
    yield lst
it = g2()
next(it)
it.send('a')
print(it.send('b'))
def g3():
    d = {'k': (yield 'first')}
    yield d
it = g3()
print(next(it), it.send(42))
def g4():
    print('got', (yield 'ready'))
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v if v > 0 else 0
    yield 'total=%d' % total
it = g4()
print(next(it))
print(it.send('hello'), it.send(3), it.send(-5), it.send(4), it.send(None))
def g5():
    return_value = yield from (x for x in range(2))
    yield return_value
print(list(g5()))
def g6(n):
    for i in range(n):
        received = yield i
        if received:
            yield 'echo ' + received
it = g6(3)
print(next(it), it.send('x'), next(it), next(it), next(it, 'end'))
def g7():
    a = yield
    b = yield a
    c = yield a + b
    return a + b + c
it = g7()
next(it)
print(it.send(1), it.send(2))
try:
    it.send(3)
except StopIteration as e:
    print('returned', e.value)
