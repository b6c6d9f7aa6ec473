# Exceptions crossing generators: raised inside, caught outside, finally and with blocks inside.
log = []
class Ctx:
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, et, ev, tb):
        log.append('exit ' + (et.__name__ if et else 'clean'))
        return False
def producer(n, fail_at):
    with Ctx():
        try:
            for i in range(n):
                if i == fail_at:
                    raise ValueError('at %d' % i)
                yield i
        finally:
            log.append('producer finally')
out = []
try:
    for v in producer(5, 3):
        out.append(v)
except ValueError as e:
    out.append(e.args[0])
print(out, log)
log.clear()
print(list(producer(2, 10)), log)
log.clear()
g = producer(5, 10)
print(next(g), next(g))
g.close()
print(log)
def guarded(src):
    for item in src:
        try:
            yield 10 // item
        except ZeroDivisionError:
            yield 'div0'
print(list(guarded([5, 0, 2])))
def consumer_raises():
    def gen():
        try:
            yield 1
            yield 2
        except KeyError:
            yield 'gen saw KeyError'
        yield 'after'
    g = gen()
    seen = [next(g)]
    seen.append(g.throw(KeyError()))
    seen.append(next(g))
    return seen
print(consumer_raises())
def stop_inside():
    yield 1
    raise StopIteration
try:
    print(list(stop_inside()))
except RuntimeError:
    print('RuntimeError StopIteration inside generator')
def returns_early():
    yield 'a'
    return
    yield 'never'
print(list(returns_early()))
