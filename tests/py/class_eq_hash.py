# __eq__/__hash__ make objects usable as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'P(%d,%d)' % (self.x, self.y)
pts = [Point(1, 2), Point(1, 2), Point(2, 1), Point(0, 0)]
uniq = set(pts)
print(len(uniq), sorted(uniq, key=lambda p: (p.x, p.y)))
dist = {Point(0, 0): 'origin', Point(1, 0): 'east'}
print(dist[Point(0, 0)], Point(1, 0) in dist, Point(5, 5) in dist)
print(pts.count(Point(1, 2)), pts.index(Point(2, 1)))
class Plain:
    pass
p1 = Plain()
s = {p1, p1, Plain()}
print(len(s), p1 in s, Plain() in s)
class ByName:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        return self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
names = {ByName('Alice'): 1}
names[ByName('ALICE')] = 2
names[ByName('bob')] = 3
print(len(names), sorted(v for v in names.values()))
class IntLike:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, IntLike) else o)
print(hash(IntLike(7)), IntLike(3) == 3)
