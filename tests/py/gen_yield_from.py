# yield from: delegation, return values, send/throw pass-through.
def inner():
    x = yield 'inner-1'
    print('inner got', x)
    y = yield 'inner-2'
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'outer-done'
o = outer()
print(next(o))
print(o.send('A'))
print(o.send('B'))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * 10 for x in range(2)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, [4]], 5], [[6]]])))
def catcher():
    while True:
        try:
            yield 'waiting'
        except KeyError:
            yield 'caught KeyError'
def delegator():
    yield from catcher()
d = delegator()
print(next(d), d.throw(KeyError), next(d))
def sub_gen(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def summing():
    totals = []
    for n in (2, 3):
        t = yield from sub_gen(n)
        totals.append(t)
    return totals
s = summing()
vals = [next(s)]
try:
    while True:
        vals.append(s.send(10))
except StopIteration as e:
    print(vals, e.value)
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally')
def closing_outer():
    yield from closing_inner()
c = closing_outer()
next(c)
c.close()
print('closed through delegation')
