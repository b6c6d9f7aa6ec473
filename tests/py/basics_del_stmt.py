# The del statement on names, items, slices and attributes.
x = 1
del x
try:
    print(x)
except NameError:
    print('x deleted')
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(sorted(d))
try:
    del d['zz']
except KeyError:
    print('KeyError on missing key')
class A:
    pass
a = A()
a.v = 5
a.w = 6
del a.v
print(hasattr(a, 'v'), hasattr(a, 'w'))
p, q = 1, 2
del p, q
print('p' in globals(), 'q' in globals())
def f():
    y = 3
    del y
    try:
        return y
    except NameError:
        return 'local deleted'
print(f())
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
