# Generator expressions: laziness, scoping, nesting and as function arguments.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 3 == 0))
print(max(len(w) for w in 'the quick brown fox'.split()))
print(list((i, j) for i in range(3) for j in range(i)))
print(sorted((c for c in 'banana'), reverse=True))
log = []
def src():
    for i in range(3):
        log.append('produce %d' % i)
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
print(list(lazy), log)
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, 2, 0]))
print(dict((k, len(k)) for k in ('a', 'bb')) == {'a': 1, 'bb': 2})
print(tuple(c.upper() for c in 'abc'), set(x % 3 for x in range(10)) == {0, 1, 2})
print(','.join(str(n) for n in range(5)))
nested = ((y for y in range(x)) for x in range(4))
print([list(inner) for inner in nested])
x = 'outer'
print(list(x for x in 'ab'), x)
data = [[1, 2], [3], [], [4, 5, 6]]
print(list(item for row in data for item in row if item % 2 == 0))
gen = (n for n in range(3))
for n in gen:
    print('loop', n)
print(min((abs(v - 7), v) for v in [1, 5, 9, 12]))
