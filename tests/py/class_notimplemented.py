# Returning NotImplemented from binary operators triggers the reflected method.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, (int, float)):
            return Meters(o + self.v)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Meters(self.v * k)
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        if not isinstance(o, Meters):
            return NotImplemented
        return self.v == o.v
    def __repr__(self):
        return '%gm' % self.v
class Feet:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, Meters):
            return Meters(o.v + self.v * 0.3048)
        return NotImplemented
print(Meters(2) + Meters(3), Meters(2) + 1, 1 + Meters(2), Meters(2) * 3, 3 * Meters(2))
print(Meters(1) + Feet(10))
print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != Meters(2))
for expr in (lambda: Meters(1) + 'x', lambda: 'x' + Meters(1), lambda: Feet(1) + Feet(2), lambda: Meters(1) * Meters(2)):
    try:
        expr()
        print('no error')
    except TypeError:
        print('TypeError')
print(sum([Meters(1), Meters(2), Meters(3)]))
