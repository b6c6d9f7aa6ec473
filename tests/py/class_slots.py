# Classes with __slots__: attribute storage, defaults via class attributes, inheritance.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point(1, 2)
p.x += 10
print(p, p.x, p.y)
class Pixel(Point):
    __slots__ = ('color',)
    def __init__(self, x, y, color):
        super().__init__(x, y)
        self.color = color
px = Pixel(3, 4, 'red')
print(px, px.color, isinstance(px, Point))
points = [Point(i, i * i) for i in range(5)]
print(sum(pt.y for pt in points), max(points, key=lambda pt: pt.y))
class Counter:
    __slots__ = ('n',)
    step = 2
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += self.step
        return self.n
c = Counter()
print(c.bump(), c.bump(), Counter.step)
