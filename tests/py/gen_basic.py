# Basic generator functions: yield, iteration, exhaustion, return.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
print(list(g))
def squares():
    for i in range(1, 6):
        yield i * i
print(sum(squares()), max(squares()), list(squares())[::-1])
def early_return(items):
    for x in items:
        if x < 0:
            return
        yield x
print(list(early_return([1, 2, -1, 3])))
def empty():
    return
    yield
print(list(empty()))
def multi_yield():
    yield 'a'
    yield 'b'
    for c in 'cd':
        yield c
    yield 'e'
print(''.join(multi_yield()))
def gen_with_state():
    total = 0
    for v in [3, 1, 4, 1, 5]:
        total += v
        yield total
print(list(gen_with_state()))
g1 = count_up(2)
print(iter(g1) is g1, type(g1).__name__)
print(list(zip(count_up(3), 'xyz')))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
out = []
for v in infinite():
    if v > 4:
        break
    out.append(v)
print(out)
