# math module functions (results printed with limited precision for portability).
import math
def p(*vals):
    print(' '.join('%.10g' % v if isinstance(v, float) else str(v) for v in vals))
p(math.pi, math.e, math.sqrt(2), math.sqrt(144))
p(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4))
p(math.asin(1), math.acos(0), math.atan(1), math.atan2(-1, -1))
p(math.exp(1), math.exp(0), math.log(math.e), math.log(1000, 10), math.log10(0.001), math.log2(1024))
p(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-9.99))
p(math.fabs(-3), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.copysign(3, -0.0))
p(math.pow(2, 0.5), math.pow(10, -2), math.degrees(math.pi / 2), math.radians(45))
p(math.sinh(1), math.cosh(1), math.tanh(0.5))
m = math.modf(3.75)
f = math.frexp(48.0)
p(m[0], m[1], f[0], f[1], math.ldexp(0.75, 6))
p(math.isinf(float('inf')), math.isnan(float('nan')), math.isfinite(1e308), math.isinf(1e308))
p(math.floor(1e20) == 10 ** 20, type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__)
def hypot(x, y):
    return math.sqrt(x * x + y * y)
p(hypot(3, 4), hypot(5, 12), hypot(1, 1))
def newton_sqrt(v, it=30):
    x = v
    for _ in range(it):
        x = 0.5 * (x + v / x)
    return x
p(newton_sqrt(2), newton_sqrt(10), abs(newton_sqrt(2) - math.sqrt(2)) < 1e-12)
area = [math.pi * r * r for r in range(1, 4)]
p(*area)
try:
    math.sqrt(-1)
except ValueError:
    print('ValueError: math domain error')
try:
    math.log(0)
except ValueError:
    print('ValueError for log(0)')
