# collections: namedtuple, OrderedDict and deque (portable subset).
from collections import namedtuple, OrderedDict, deque
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
q = Point(x=1, y=2)
print(p, q, p.x + q.y, p[0], len(p), p == (3, 4), tuple(p))
x, y = p
print(x, y, isinstance(p, tuple), sorted([p, q]))
Rec = namedtuple('Rec', 'name age city')
r = Rec('ann', 30, 'oslo')
print(r.name, r.age, r.city, r)
od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
print(list(od.keys()), list(od.values()), list(od.items()))
del od['a']
od['a'] = 4
print(list(od), od['a'], len(od))
od2 = OrderedDict([('k1', 'v1'), ('k2', 'v2')])
print(list(od2.items()), od2.popitem())
d = deque((), 5)
for i in range(7):
    d.append(i)
print(list(d), len(d))
d.appendleft(-1)
print(d.popleft(), d.pop(), list(d))
dq = deque([1, 2, 3], 10)
dq.append(4)
print(dq.popleft(), dq.popleft(), list(dq), bool(dq))
while dq:
    dq.pop()
print(len(dq), bool(dq))
