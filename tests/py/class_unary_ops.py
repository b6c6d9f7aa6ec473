# Unary operator overloading and abs/neg/pos/invert, __bool__, __len__.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v if self.v >= 0 else self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return 'Num(%d)' % self.v
n = Num(5)
print(-n, +n, abs(Num(-3)), ~n, --n, -(-(-n)))
print(bool(Num(0)), bool(n), not Num(0), not n)
print([x for x in [Num(0), Num(1), Num(2)] if x])
print(Num(0) or 'empty', Num(2) and 'nonzero')
class Polynomial:
    def __init__(self, *coef):
        self.coef = list(coef)
    def __neg__(self):
        return Polynomial(*[-c for c in self.coef])
    def __len__(self):
        return len(self.coef)
    def __call__(self, x):
        r = 0
        for c in reversed(self.coef):
            r = r * x + c
        return r
    def __repr__(self):
        terms = []
        for i, c in enumerate(self.coef):
            if c:
                terms.append('%d' % c if i == 0 else '%dx^%d' % (c, i))
        return ' + '.join(terms) or '0'
p = Polynomial(1, -2, 3)
print(p, -p, len(p), p(2), (-p)(2))
print(bool(Polynomial()), bool(p))
