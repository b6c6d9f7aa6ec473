# math: every function with exact or rounded results, constants, and error cases.
import math
def r(x):
    return '%.9g' % x
print(r(math.pi), r(math.e), r(math.tau), math.inf, -math.inf, math.isnan(math.nan))
for f in (math.sqrt, math.exp, math.log, math.log2, math.log10, math.sin, math.cos, math.tan,
          math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.fabs, math.expm1,
          math.erf, math.erfc, math.lgamma, math.gamma, math.degrees, math.radians):
    print([r(f(x)) for x in (0.5, 1, 2.5, 10)])
print([r(math.acos(x)) for x in (-1, 0, 0.5, 1)], [r(math.asin(x)) for x in (-1, 0, 0.5, 1)])
print([r(math.acosh(x)) for x in (1, 2, 10)], [r(math.atanh(x)) for x in (-0.5, 0, 0.5)])
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), r(math.pow(2, -2)))
print(math.copysign(1, -0.0), math.copysign(3, 2), math.fmod(7, -3), math.fmod(-7, 3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10 ** 20), math.ceil(7))
print(type(math.floor(1.5)), type(math.trunc(2.0)), math.floor(True))
print(math.modf(2.5), math.modf(-0.25), math.frexp(8), math.frexp(-3.0), math.frexp(0.0))
print(math.ldexp(1, 10), math.ldexp(0.5, -1), math.log(100, 10), r(math.log(2.718281828459045)))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(0.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print([math.factorial(n) for n in range(8)], math.factorial(25), math.factorial(30))
print(math.sqrt(2 ** 100), math.sqrt(True), math.exp(-1000.0))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-2), lambda: math.acos(2),
            lambda: math.factorial(-1), lambda: math.log10(0), lambda: math.log2(-1),
            lambda: math.fmod(1, 0), lambda: math.atanh(1)):
    try:
        bad()
        print('no error')
    except ValueError:
        print('ValueError')
for bad in (lambda: math.sqrt('x'), lambda: math.floor(None), lambda: math.factorial(2.5)):
    try:
        bad()
    except TypeError:
        print('TypeError')
try:
    math.floor(math.inf)
except OverflowError:
    print('OverflowError')
try:
    math.ceil(math.nan)
except ValueError:
    print('ValueError nan')
