# Complex numbers: literals, arithmetic, attributes, abs.
a = 1 + 2j
b = 3 - 4j
print(a, b, a + b, a - b, a * b, -a)
print(a.real, a.imag, b.real, b.imag, abs(b), abs(3j), abs(-4 + 0j))
print(complex(1, 2), complex(3), complex(0, -1), complex('1+2j'), complex('-3j'))
print(1j, 2j * 2j, 1j * 1j, (1 + 1j) * (1 - 1j), 2 * a, a * 2.5)
print(a == 1 + 2j, a != b, complex(2, 0) == 2, 1j == 1j)
print(a / 1, (4 + 2j) / 2, (2 + 4j) / (1 + 1j) if False else (2 + 4j) / 2)
print(type(a).__name__, isinstance(a, complex), 0j, -0j == 0)
print(bool(0j), bool(1j), a + 1, 1 + a, a - 1.5)
vals = [1 + 1j, 2 - 3j, -1j]
print(sum(vals), [v.real for v in vals], [v.imag for v in vals])
print(complex(1.5, -2.5), repr(2 + 0j), str(-1 - 1j))
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for y in range(-4, 5):
    rows.append(''.join('#' if mandel(complex(x / 10, y / 4)) == 50 else '.' for x in range(-20, 6)))
print('\n'.join(rows))
try:
    1j < 2j
except TypeError:
    print('complex ordering TypeError')
