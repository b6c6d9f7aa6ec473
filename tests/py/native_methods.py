# Native methods in classes: __init__, operators, properties, iteration.
import micropython

class Vec:
    @micropython.native
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @micropython.native
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    @micropython.native
    def dot(self, o):
        return self.x * o.x + self.y * o.y

    @micropython.native
    def __repr__(self):
        return 'Vec(%d, %d)' % (self.x, self.y)

    @property
    @micropython.native
    def norm1(self):
        return abs(self.x) + abs(self.y)

class Bag:
    def __init__(self):
        self.items = []

    @micropython.native
    def add(self, *xs):
        for x in xs:
            self.items.append(x)
        return self

    @micropython.native
    def __iter__(self):
        for x in self.items:
            yield x

    @micropython.native
    def __len__(self):
        return len(self.items)

    @staticmethod
    @micropython.native
    def merge(a, b):
        return Bag().add(*(a.items + b.items))

    @classmethod
    @micropython.native
    def of(cls, n):
        return cls().add(*range(n))

a, b = Vec(1, 2), Vec(3, -4)
print(a + b, a.dot(b), b.norm1, [v.norm1 for v in (a, b, a + b)])
bag = Bag().add(1, 2).add(3)
print(list(bag), len(bag), list(Bag.merge(bag, Bag.of(3))), len(Bag.of(5)))
