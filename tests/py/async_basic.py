# Coroutines driven manually with send(None); return values via StopIteration.
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended unexpectedly')
print(run(add(2, 3)))
print(run(compute()))
async def no_return():
    pass
print(run(no_return()))
async def raises():
    raise ValueError('from coroutine')
try:
    run(raises())
except ValueError as e:
    print('caught', e)
async def nested(n):
    if n == 0:
        return 'bottom'
    return 'level%d/' % n + await nested(n - 1)
print(run(nested(4)))
async def with_default(a, b=5, *rest, **kw):
    return [a, b, rest, sorted(kw)]
print(run(with_default(1)), run(with_default(1, 2, 3, z=4)))
c = add(1, 1)
print(type(c).__name__ in ('coroutine', 'generator'))
c.close()
async def try_in_coro():
    try:
        await raises()
    except ValueError:
        return 'handled inside'
    finally:
        print('coroutine finally')
print(run(try_in_coro()))
