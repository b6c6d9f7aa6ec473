# Reflected and fallback operator methods: __radd__ and friends, NotImplemented chains, comparisons.
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __repr__(self):
        return 'Vec%r' % (self.xs,)
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.xs])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*[a * k for a in self.xs])
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __rsub__(self, other):
        return Vec(*[other - a for a in self.xs])
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)
v = Vec(1, 2)
print(v + v, v + 1, 1 + v, 2.5 + v, v * 3, 3 * v, 10 - v, -v, v == Vec(1, 2), v != Vec(2, 1))
print(Vec(5) < Vec(1), Vec(1) < Vec(5), sorted([Vec(3), Vec(1), Vec(2)]), min(Vec(9), Vec(4)))
for expr in ['v + "s"', '"s" + v', 'v * "k"', 'v - 1', 'v / 2']:
    try:
        eval(expr)
        print('ok', expr)
    except TypeError:
        print('TypeError', expr)
class Meters:
    def __init__(self, m):
        self.m = m
    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.m == other.m
        return NotImplemented
    def __hash__(self):
        return hash(self.m)
print(Meters(2) == Meters(2), Meters(2) == 2, 2 == Meters(2), Meters(1) != Meters(2), Meters(1) in [Meters(1)])
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class NoIadd:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return NoIadd(self.n + other)
a = Acc()
alias = a
a += 1
a += 2
n = NoIadd(1)
before = n
n += 5
print(a.items, a is alias, n.n, n is before, before.n)
