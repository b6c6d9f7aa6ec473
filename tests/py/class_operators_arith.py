# Arithmetic operator overloading on a 2D vector class.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return self.x * self.x + self.y * self.y
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b)
print(b / 2, b // 2, b % 3, a ** 3, -a, +a, abs(b))
print(a == Vec(1, 2), a != b, a == 5, a @ b)
c = a
c += b
print(c, a)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, int):
            return Money(self.cents + o)
        return Money(self.cents + o.cents)
    __radd__ = __add__
    def __str__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
print(sum([Money(150), Money(275), Money(5)], Money(0)))
print(10 + Money(90), Money(1) + 2)
