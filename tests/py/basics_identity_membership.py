# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(1 in a, 3 in a, 3 not in a)
print('ell' in 'hello', 'z' in 'hello', '' in 'abc')
print(b'ab' in b'cabd', 97 in b'abc')
d = {'k': 1}
print('k' in d, 1 in d, 'k' in d.keys(), 1 in d.values(), ('k', 1) in d.items())
s = {1, 2}
print(2 in s, 5 in s)
t = (1, [2], 'x')
print([2] in t, 'x' in t, 2 in t)
r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, -7 in r)
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
print(3 in Box([1, 2, 3]), 4 not in Box([1]))
class Iterable:
    def __iter__(self):
        return iter([5, 6])
print(6 in Iterable(), 7 in Iterable())
print(None is None, True is True, () is ())
x = 1000
y = x
print(x is y)
