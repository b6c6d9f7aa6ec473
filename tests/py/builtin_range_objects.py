# range: construction forms, attributes, indexing, slicing, membership, len, empty ranges.
for args in [(5,), (2, 8), (2, 8, 3), (10, 0, -2), (0,), (5, 5), (5, 2), (-3, 3), (0, 10, 100), (10, -10, -7)]:
    r = range(*args)
    print(args, list(r), len(r), r.start, r.stop, r.step, bool(r), r[0] if r else None, r[-1] if r else None)
r = range(3, 30, 4)
print(r[2], r[-2], list(r[1:4]), list(r[::-1]), list(r[::2]), list(r[10:]), list(r[-3:-1]), r[1:4].step)
print(7 in r, 8 in r, 27 in r, 31 in r, 3.0 in r, 3.5 in r, -1 in range(-5, 0), 0 in range(0))
print(list(range(1, 4)) == [1, 2, 3], sum(range(101)), max(range(7)))
for i in [7, -8]:
    try:
        r[i]
    except IndexError:
        print('IndexError', i)
for bad in [(1, 2, 0), (1.5,), ('a',), (1, 2, 3, 4)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, bad)
print(repr(range(4)), repr(range(1, 9, 2)), str(range(0, -3, -1)))
big = range(0, 2 ** 40, 2 ** 20)
print(len(big), big[-1], big[1000], 2 ** 30 in big, 2 ** 30 + 1 in big)
it = iter(range(3))
print(next(it), list(it), list(reversed(range(0, 10, 3))))
