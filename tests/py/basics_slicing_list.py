# Slicing on lists (read, assign, delete) and range.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[:], l[5:2])
print(l[::2], l[1::3], l[::-1], l[8:2:-2], l[-1:-4:-1])
print(l[100:], l[-100:2], l[3:3])
m = l[:]
m[2:5] = ['a', 'b']
print(m)
m[0:0] = [-1, -2]
print(m)
m[len(m):] = [99]
print(m)
del m[1:4]
print(m)
m[:] = list('xyz')
print(m)
r = range(20)
print(r[3:8], list(r[3:8]), r[-1], r[5])
print(list(range(10, 0, -2)[1:3]))
n = [1, 2, 3, 4, 5]
n[1:4] = []
print(n)
nested = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in nested])
i, j = 1, 3
print(l[i:j], l[i + 1:j * 2])
copy = l[:]
copy.append(100)
print(len(l), len(copy))
