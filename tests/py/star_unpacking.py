# Starred assignment targets and unpacking in for loops and calls.
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = range(1)
print(head, rest)
a, b, *c = (1, 2)
print(a, b, c)
*x, = [7, 8]
print(x)
[p, *q] = 'xy'
print(p, q)
for k, *vals in [('a', 1, 2), ('b',), ('c', 3)]:
    print(k, vals)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
data = [('x', 1, 2, 3), ('y', 4)]
for name, *nums in data:
    print(name, sum(nums))
def merge(*dicts):
    out = {}
    for d in dicts:
        out.update(d)
    return out
print(sorted(merge({'a': 1}, {'b': 2}, {'a': 3}).items()))
def call_with(fn, *a, **k):
    return fn(*a, **k)
print(call_with(sorted, [3, 1, 2], reverse=True), call_with(max, 4, 9, 2))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(*range(5))
print(*'abc', sep=',')
try:
    a, *b, c = [1]
except ValueError:
    print('not enough values for starred assignment')
