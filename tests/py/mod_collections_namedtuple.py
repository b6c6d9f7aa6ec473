# collections.namedtuple and OrderedDict.
from collections import namedtuple, OrderedDict
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
q = Point(y=5, x=4)
print(p, q, repr(q), p.x, p.y, p[0], p[-1], len(p), list(q), tuple(p))
print(p == (1, 2), p == q, p < q, sorted([q, p]), p + q, p * 2)
print(isinstance(p, tuple), type(p).__name__, Point.__name__, hash(p) == hash((1, 2)))
x, y = q
print(x, y, {p: 'a'}[Point(1, 2)])
Color = namedtuple('Color', 'red green blue')
c = Color(255, 128, 0)
print(c, c.green, max(c))
class Vec(namedtuple('Vec', 'a b')):
    def norm1(self):
        return abs(self.a) + abs(self.b)
v = Vec(-3, 4)
print(v.norm1(), v.a, v[1], isinstance(v, tuple))
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2)):
    try:
        bad()
    except TypeError:
        print('TypeError')
try:
    p.x = 10
except AttributeError:
    print('AttributeError')
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od.update({'c': 3})
print(list(od), list(od.values()), list(od.items()), od['a'], len(od), 'b' in od)
del od['b']
od['b'] = 4
print(list(od.keys()), od.pop('a'), od.popitem(), list(od), isinstance(od, dict))
od2 = OrderedDict([('x', 1), ('y', 2)])
print(od2.get('y'), od2.get('z', 0), od2 == OrderedDict([('x', 1), ('y', 2)]))
