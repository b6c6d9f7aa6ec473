# Native generator functions: yield, send, yield from, return values.
import micropython

@micropython.native
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'liftoff'

@micropython.native
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

@micropython.native
def delegate():
    r = yield from countdown(3)
    yield r
    yield from [10, 20]

@micropython.native
def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b

def bytecode_consumer(g):
    return [x * 2 for x in g]

print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
acc = accumulate()
print(next(acc), acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print('final', e.value)
print(list(delegate()))
print(list(fib_gen(100)), bytecode_consumer(fib_gen(20)))
print(sum(x for x in countdown(100)))
