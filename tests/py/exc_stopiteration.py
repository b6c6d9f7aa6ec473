# StopIteration in iterators, next() defaults and manual iteration protocols.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
print(next(it, 'default'))
class Limited:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration('exhausted')
        self.n -= 1
        return self.n
l = Limited(3)
print(list(l))
try:
    next(l)
except StopIteration as e:
    print('message', e.args)
def manual_loop(iterable):
    it = iter(iterable)
    out = []
    while True:
        try:
            v = next(it)
        except StopIteration:
            break
        out.append(v)
    return out
print(manual_loop('abc'), manual_loop(range(3)), manual_loop(Limited(2)))
def gen():
    yield 1
    return 'ret'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
print(StopIteration(5).value, StopIteration().value)
print(sum(Limited(5)), max(Limited(4)), sorted(Limited(3)))
