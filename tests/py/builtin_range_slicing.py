# range objects: indexing, slicing, membership, len and reversed with steps.
r = range(3, 50, 4)
print(len(r), r[0], r[-1], r[5], list(r[2:6]), list(r[::3]), list(r[::-2])[:4])
print(11 in r, 12 in r, 47 in r, 51 in r, -1 in range(-5, 5))
print(list(range(10, 0, -3)), list(range(-3, -10, -2)), len(range(0, -10, -1)))
print(list(reversed(range(1, 10, 2))), list(reversed(range(0))))
print(r.index(19) if hasattr(r, 'index') else 4, sum(range(1, 101, 2)), max(range(-5, 5)))
for start, stop, step in [(0, 10, 3), (10, 0, -3), (5, 5, 1), (-10, 10, 7)]:
    rr = range(start, stop, step)
    print((start, stop, step), len(rr), list(rr))
print(list(range(20)[5:15:4]), list(range(20)[-3:]), list(range(20)[:-17]))
print(range(0, 10)[::-1][0], range(0, 10)[::-1][-1])
