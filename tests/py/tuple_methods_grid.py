# tuple: count/index with ranges, comparison, hashing, slicing, and building from iterables.
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(1), t.count(7), t.count(1.0), (True, 1, 1.0).count(1))
print([t.index(5, s) for s in (0, 5, 9, -2)], t.index(1, 2, 5), t.index(3, -3))
for args in [(7,), (3, 1, 9), (5, 11), (4, -3)]:
    try:
        print(t.index(*args))
    except ValueError:
        print('ValueError', args)
print(t[2:5], t[-3:], t[100:], t[:-100], t[1:1], t[:3] + t[3:] == t)
for a, b in [((), ()), ((1,), ()), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), (('a', 1), ('a', 1)), ((2,), (1, 9))]:
    print(a < b, a <= b, a == b, a > b, a >= b, a != b)
print((1, 2) + (3,), (0,) * 3, 2 * ('x',), () * 5, (1, (2, 3)) == (1, (2, 3)), (1,) == [1])
print(hash((1, 'a', (2.0, None))) == hash((1, 'a', (2, None))), {(1, 2): 'p'}[(1, 2)], len({(0, 0), (0, 0)}))
try:
    hash((1, [2]))
except TypeError:
    print('TypeError unhashable element')
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'k': 0}), tuple(i * i for i in range(4)))
nested = ((1, 2), (3, 4))
(a, b), (c, d) = nested
print(a, b, c, d, [x for pair in nested for x in pair], sum(nested, ()), max(nested), min(nested))
try:
    t[0] = 0
except TypeError:
    print('TypeError item assignment')
try:
    del t[0]
except TypeError:
    print('TypeError item deletion')
print(len(t), 9 in t, 10 not in t, sorted(t), list(reversed(t))[:3], t.__class__.__name__)
