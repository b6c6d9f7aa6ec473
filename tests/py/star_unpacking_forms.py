# Unpacking: starred targets anywhere, nested targets, in for loops, and the errors for counts.
a, *b = [1, 2, 3]
*c, d = 'xyz'
e, *f, g = range(5)
h, *i = (9,)
print(a, b, c, d, e, f, g, h, i)
(p, q), [r, *s] = (1, 2), [3, 4, 5]
print(p, q, r, s)
for first, *rest in [(1, 2, 3), (4,), 'ab']:
    print(first, rest)
for (k, v), idx in zip({'a': 1, 'b': 2}.items(), range(2)):
    print(k, v, idx)
x, y = y, x = 1, 2
print(x, y)
m = [0, 0, 0]
m[0], m[2] = 'l', 'r'
print(m)
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], 3, *(4,), **{'a': 1}, b=2))
for bad, target in [([1, 2, 3], 2), ([1], 2), ([], 1)]:
    try:
        if target == 2:
            u, v = bad
        else:
            (u,) = bad
        print('unpacked', bad)
    except ValueError:
        print('ValueError unpacking', bad, 'into', target)
try:
    a, *b, c = [1]
except ValueError:
    print('ValueError too few for starred')
try:
    a, b = 5
except TypeError:
    print('TypeError unpacking int')
first, *_, last = range(100)
print(first, last)
head, *tail = 'h'
print(head, tail)
