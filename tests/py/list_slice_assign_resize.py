# List slices: reading with any step; assigning (a list or tuple, as MicroPython requires) and
# deleting plain slices grows and shrinks the list.
base = list(range(10))
print(base[::2], base[1::3], base[::-1], base[8:1:-3], base[-2::-4], base[100::-1], base[:100:5])
def assign(a, b, val):
    l = base[:]
    l[a:b] = val
    return l
print(assign(2, 5, ['a']))
print(assign(2, 5, ['a', 'b', 'c', 'd', 'e']))
print(assign(0, 0, [-1, -2]))
print(assign(10, 10, ['end']))
print(assign(None, None, []))
print(assign(-3, None, ('x', 'y', 'z')))
print(assign(5, 5, [i * i for i in range(3)]))
print(assign(3, 1, ['inserted']))
print(assign(-100, 2, [0, 1, 2]))
print(assign(8, 100, ()))
print(assign(4, 6, list({'k': 1})))
def delete(a, b):
    l = base[:]
    del l[a:b]
    return l
print(delete(2, 5), delete(None, 3), delete(-2, None), delete(5, 5), delete(6, 2), delete(None, None))
l = [1, 2, 3]
l[1:2] = l
print(l)
l = [1, 2, 3]
l[:] = l[::-1]
print(l)
l = [1, 2, 3]
alias = l
l[:] = []
print(alias, alias is l)
try:
    l[0:2] = 5
except TypeError:
    print('TypeError non-iterable slice value')
m = [[0] * 3 for _ in range(3)]
m[1][1:] = [5, 6]
m[2][:0] = ['front']
print(m)
q = list('abcdef')
while q:
    q[:2] = []
    print(''.join(q))
