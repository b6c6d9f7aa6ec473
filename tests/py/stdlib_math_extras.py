# More math-module functionality with exact or well-conditioned results.
import math
print(math.floor(-0.5), math.ceil(-0.5), math.floor(7), math.ceil(7), math.trunc(3.9))
print(math.sqrt(0), math.sqrt(1), math.sqrt(81), math.sqrt(0.25), math.fabs(-0.0))
print(math.pow(2, 10), math.pow(4, 0.5), math.exp(0), math.log(1), math.log(8, 2), math.log10(100))
print(math.isnan(math.nan) if hasattr(math, 'nan') else True, math.isinf(math.inf) if hasattr(math, 'inf') else True)
print(math.copysign(2, -3), math.copysign(-2, 3), math.fmod(10, 3), math.fmod(-10, 3))
print(math.modf(-1.5), math.frexp(1.0), math.frexp(0.375), math.ldexp(3, 4))
print(math.degrees(math.pi), math.radians(360) == 2 * math.pi)
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.atan2(0, -1), 12) == round(math.pi, 12))
print(math.factorial(0), math.factorial(5), math.factorial(20))
vals = [math.sqrt(i) for i in range(10)]
print([round(v, 6) for v in vals])
print(math.floor(1e100) == 10 ** 100 or math.floor(1e100) > 0)
