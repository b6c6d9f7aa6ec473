# tuples: packing, unpacking, immutability, methods, comparison, hashing.
t = (1, 'two', 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t + (5,), t * 2)
print(t.count(1), t.index('two'), 'two' in t, (1,) * 3, tuple(), (), (1,), tuple('ab'))
single = 5,
print(single, type(single).__name__)
a, b, c, d = t
print(a, b, c, d)
try:
    t[0] = 9
except TypeError:
    print('tuple item assignment TypeError')
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 'a') == (1, 'a'))
print(hash((1, 2)) == hash((1, 2)), {(0, 0): 'origin'}[(0, 0)])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], sum(x for pair in [(1, 2), (3, 4)] for x in pair))
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1])
print(lo, hi, minmax('hello'))
mut = ([1], [2])
mut[0].append(10)
print(mut)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(tuple(x * x for x in range(4)), tuple([1, 2]), tuple({'k': 1}))
print(max([(1, 'x'), (3, 'a'), (2, 'z')]), min((5, 3), (5, 2)))
coords = [(x, y) for x in range(3) for y in range(3) if x != y]
print(coords)
