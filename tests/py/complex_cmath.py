# cmath module basics with rounded output.
import cmath
def r(z):
    return complex(round(z.real, 9) + 0.0, round(z.imag, 9) + 0.0)
print(r(cmath.sqrt(-4)), r(cmath.sqrt(3 + 4j)), r(cmath.exp(0)), r(cmath.exp(1j * cmath.pi)))
print(round(cmath.phase(1j), 9), round(cmath.phase(-1), 9), round(cmath.phase(1 + 1j), 9))
m, ph = cmath.polar(1 + 1j)
print(round(m, 9), round(ph, 9))
print(r(cmath.rect(2, 0)), r(cmath.rect(1, cmath.pi / 2)))
print(r(cmath.log(cmath.e)), r(cmath.log(-1)))
print(r(cmath.cos(0)), r(cmath.sin(0)))
print(round(cmath.pi, 9), round(cmath.e, 9))
roots = [cmath.exp(2j * cmath.pi * k / 4) for k in range(4)]
print([r(z) for z in roots])
