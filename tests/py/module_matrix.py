"""Exact rational matrix library.

Implements a Fraction type, a Matrix class with arithmetic, transpose,
determinant, rank, inverse (Gauss-Jordan), solving linear systems, LU-like
row reduction, matrix powers and pretty printing.  Everything is exact so
results are identical on every Python.
"""


def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


class Fraction:
    __slots__ = ('n', 'd')

    def __init__(self, n, d=1):
        if isinstance(n, Fraction):
            n, d = n.n * 1, n.d * d
        if d == 0:
            raise ZeroDivisionError('fraction with zero denominator')
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g

    @staticmethod
    def of(v):
        return v if isinstance(v, Fraction) else Fraction(v)

    def __add__(self, o):
        o = Fraction.of(o)
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Fraction.of(o)
        return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Fraction.of(o) - self

    def __mul__(self, o):
        o = Fraction.of(o)
        return Fraction(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Fraction.of(o)
        return Fraction(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Fraction.of(o) / self

    def __neg__(self):
        return Fraction(-self.n, self.d)

    def __abs__(self):
        return Fraction(abs(self.n), self.d)

    def __eq__(self, o):
        if isinstance(o, (int, Fraction)):
            o = Fraction.of(o)
            return self.n == o.n and self.d == o.d
        return False

    def __ne__(self, o):
        return not self == o

    def __lt__(self, o):
        o = Fraction.of(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __gt__(self, o):
        return not self <= o

    def __ge__(self, o):
        return not self < o

    def __hash__(self):
        return hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return str(self.n) if self.d == 1 else '%d/%d' % (self.n, self.d)


class MatrixError(Exception):
    pass


class Matrix:
    def __init__(self, rows):
        if not rows or not rows[0]:
            raise MatrixError('empty matrix')
        width = len(rows[0])
        for r in rows:
            if len(r) != width:
                raise MatrixError('ragged rows')
        self.rows = [[Fraction.of(v) for v in r] for r in rows]
        self.m = len(rows)
        self.n = width

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, m, n):
        return cls([[0] * n for _ in range(m)])

    def copy(self):
        return Matrix([list(r) for r in self.rows])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = Fraction.of(v)

    def shape(self):
        return (self.m, self.n)

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __add__(self, o):
        self._same_shape(o)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __sub__(self, o):
        self._same_shape(o)
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __neg__(self):
        return Matrix([[-a for a in r] for r in self.rows])

    def _same_shape(self, o):
        if self.shape() != o.shape():
            raise MatrixError('shape mismatch %r vs %r' % (self.shape(), o.shape()))

    def __mul__(self, o):
        if isinstance(o, Matrix):
            if self.n != o.m:
                raise MatrixError('cannot multiply %dx%d by %dx%d' % (self.m, self.n, o.m, o.n))
            cols = o.transpose().rows
            return Matrix([[sum((a * b for a, b in zip(r, c)), Fraction(0)) for c in cols] for r in self.rows])
        return Matrix([[a * o for a in r] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __pow__(self, e):
        if self.m != self.n:
            raise MatrixError('power of non-square matrix')
        if e < 0:
            return self.inverse() ** (-e)
        result = Matrix.identity(self.n)
        base = self
        while e:
            if e & 1:
                result = result * base
            base = base * base
            e >>= 1
        return result

    def transpose(self):
        return Matrix([[self.rows[i][j] for i in range(self.m)] for j in range(self.n)])

    def rref(self):
        """Return (reduced row echelon form, pivot columns, determinant sign/scale)."""
        a = [list(r) for r in self.rows]
        pivots = []
        det = Fraction(1)
        row = 0
        for col in range(self.n):
            pivot = None
            for r in range(row, self.m):
                if a[r][col]:
                    pivot = r
                    break
            if pivot is None:
                det = Fraction(0)
                continue
            if pivot != row:
                a[row], a[pivot] = a[pivot], a[row]
                det = -det
            pv = a[row][col]
            det = det * pv
            a[row] = [v / pv for v in a[row]]
            for r in range(self.m):
                if r != row and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[row])]
            pivots.append(col)
            row += 1
            if row == self.m:
                break
        return Matrix(a), pivots, det

    def rank(self):
        return len(self.rref()[1])

    def det(self):
        if self.m != self.n:
            raise MatrixError('determinant of non-square matrix')
        _, pivots, d = self.rref()
        return d if len(pivots) == self.n else Fraction(0)

    def inverse(self):
        if self.m != self.n:
            raise MatrixError('inverse of non-square matrix')
        aug = Matrix([r + Matrix.identity(self.n).rows[i] for i, r in enumerate(self.rows)])
        red, pivots, _ = aug.rref()
        if pivots[:self.n] != list(range(self.n)):
            raise MatrixError('matrix is singular')
        return Matrix([r[self.n:] for r in red.rows])

    def solve(self, b):
        inv = self.inverse()
        col = Matrix([[v] for v in b])
        return [r[0] for r in (inv * col).rows]

    def trace(self):
        return sum((self.rows[i][i] for i in range(min(self.m, self.n))), Fraction(0))

    def __repr__(self):
        cells = [[repr(v) for v in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return '\n'.join('[' + ' '.join(' ' * (w - len(c)) + c for c in r) + ']' for r in cells)


def char_poly(mat):
    """Characteristic polynomial coefficients via the Faddeev-LeVerrier algorithm."""
    n = mat.n
    coeffs = [Fraction(1)]
    m = Matrix.zeros(n, n)
    ident = Matrix.identity(n)
    for k in range(1, n + 1):
        m = mat * m + ident * coeffs[-1]
        c = -(mat * m).trace() / k
        coeffs.append(c)
    return coeffs


def null_space(mat):
    """Basis of the null space from the reduced row echelon form."""
    red, pivots, _ = mat.rref()
    free = [c for c in range(mat.n) if c not in pivots]
    basis = []
    for f in free:
        v = [Fraction(0)] * mat.n
        v[f] = Fraction(1)
        for row, pc in enumerate(pivots):
            v[pc] = -red.rows[row][f]
        basis.append(v)
    return basis


def hilbert(n):
    return Matrix([[Fraction(1, i + j + 1) for j in range(n)] for i in range(n)])


def self_test():
    h = Fraction(1, 2)
    t = Fraction(1, 3)
    print(h + t, h - t, h * t, h / t, -h, h + 1, 1 - t, 2 / t, abs(Fraction(-3, 4)))
    print(h < t, h > t, h == Fraction(2, 4), Fraction(6, -8), sorted([h, t, Fraction(-1, 5)]))
    a = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
    b = Matrix([[1, 2], [0, 1], [4, 0]])
    print(a)
    print(a * b)
    print(a.transpose())
    print('det', a.det(), 'trace', a.trace(), 'rank', a.rank())
    inv = a.inverse()
    print(inv)
    print(a * inv == Matrix.identity(3), inv * a == Matrix.identity(3))
    print('solve', a.solve([4, 5, 6]))
    fib = Matrix([[1, 1], [1, 0]])
    print('fib^30', (fib ** 30)[0, 1], 'fib^90', (fib ** 90)[0, 1])
    print(a ** -1 == inv, (a ** 3) * (a ** -3) == Matrix.identity(3))
    for n in (2, 3, 4, 5):
        hn = hilbert(n)
        print('hilbert', n, 'det', hn.det(), 'inverse[0][0..]', [repr(v) for v in hn.inverse().rows[0]])
    singular = Matrix([[1, 2, 3], [2, 4, 6], [1, 1, 1]])
    print('singular det', singular.det(), 'rank', singular.rank())
    try:
        singular.inverse()
    except MatrixError as e:
        print('MatrixError:', e)
    red, piv, _ = singular.rref()
    print(red, piv)
    for bad in (lambda: a * Matrix([[1, 2]]), lambda: a + b, lambda: Matrix([[1], [1, 2]]),
                lambda: b.det(), lambda: Fraction(1, 0)):
        try:
            bad()
        except (MatrixError, ZeroDivisionError) as e:
            print(type(e).__name__ + ':', e)
    rot = Matrix([[0, -1], [1, 0]])
    print(rot ** 4 == Matrix.identity(2), rot ** 2, 3 * rot - rot)
    print('char poly', char_poly(a), char_poly(fib), char_poly(Matrix.identity(3)))
    ns = null_space(singular)
    print('null space', ns, [[sum((r[i] * v[i] for i in range(3)), Fraction(0)) for r in singular.rows] for v in ns])
    m = Matrix.zeros(2, 3)
    m[1, 2] = Fraction(7, 3)
    print(m, m.shape(), m.rank())


self_test()
