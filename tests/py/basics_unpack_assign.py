# Tuple/list unpacking in assignments including starred targets.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = 'abcdef'
print(h, mid, t)
x, *empty, y = (1, 2)
print(x, empty, y)
p = q = r = 7
print(p, q, r)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
try:
    m, n = [1, 2, 3]
except ValueError:
    print('too many values')
try:
    m, n, o = [1, 2]
except ValueError:
    print('not enough values')
for (k, v), w in [(('a', 1), 'x')]:
    print(k, v, w)
(a1, *b1), c1 = [1, 2, 3], 4
print(a1, b1, c1)
d1 = {}
d1['x'], d1['y'] = 10, 20
print(sorted(d1.items()))
class O: pass
o = O()
o.a, o.b = 'A', 'B'
print(o.a, o.b)
s1, s2 = {5}, {6}
print(s1, s2)
a, b, c = (x * 2 for x in range(3))
print(a, b, c)
