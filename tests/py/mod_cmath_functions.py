# cmath: the complex functions with MicroPython's formulas (printed to 6 places).
import cmath
def c(z):
    return '(%.6f, %.6f)' % (z.real, z.imag)
for z in (1, -1, 1j, 3 + 4j, -2 - 0.5j, 0.25):
    print(c(cmath.sqrt(z)), c(cmath.exp(z)), c(cmath.cos(z)), c(cmath.sin(z)))
    if z != 0:
        print(c(cmath.log(z)), c(cmath.log10(z)), '%.6f' % cmath.phase(z), ['%.6f' % x for x in cmath.polar(z)])
print(c(cmath.rect(2, cmath.pi / 3)), c(cmath.rect(1, 0)), '%.9f %.9f' % (cmath.pi, cmath.e))
try:
    cmath.sqrt('x')
except TypeError as e:
    print('TypeError', e)
