# range objects.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(0, -5, -2)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r)
print(r.start, r.stop, r.step)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError:
    print('zero step ValueError')
try:
    range(3)[5]
except IndexError:
    print('range index out of range')
print(list(reversed(range(4))), list(range(-3, 3)))
print(range(10)[2:5], range(10)[-3:])
print(repr(range(2, 8, 2)), range(4))
big = range(0, 10 ** 6, 7)
print(len(big), big[12345], 700007 in big)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'end'))
print([i * j for i in range(1, 4) for j in range(i)])
