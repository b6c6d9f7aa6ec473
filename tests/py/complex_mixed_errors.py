# complex mixed with int/float/bool operands, its powers, and the operations it refuses.
z = 3 + 4j
for other in [2, -1, 2.5, True, 0.5j, 2 ** 40]:
    print(z + other, other + z, z - other, other - z, z * other, other * z)
print(z / 2, z / 0.5, 1 / z, z / 1j, (1 + 1j) / (1 - 1j), -z / z)
def r(w):
    # powers go through exp/log, so compare them rounded
    return (round(w.real, 9), round(w.imag, 9))
print(r(z ** 2), z ** 0, r(z ** 1), r(z ** -1), r((1j) ** 3), r((1 + 1j) ** 4), 2 ** (0j), r((2 + 0j) ** 3))
print(r(z ** 0.5), r((-4) ** 0.5), r(2 ** (1j)), r(1j ** 1j), 0j ** 2, 0j ** 0)
for e in [-1, 1j, -2.5]:
    try:
        0j ** e
    except ZeroDivisionError:
        print('ZeroDivisionError 0j **', e)
print(z == 3 + 4j, z != 3, 1j == 1j + 0, (2 + 0j) == 2, (2 + 0j) == 2.0, 0j == 0, 1j != 1)
print(abs(z), abs(-z), abs(0j), abs(1j * -2.5), z.real + z.imag, type(z.real).__name__)
for a, b in [(z, 1), (1, z), (z, z)]:
    for op in ['<', '>', '<=', '>=']:
        try:
            eval('a %s b' % op, {'a': a, 'b': b})
            print('compared', op)
        except TypeError:
            print('TypeError', op)
for f in ['//', '%']:
    try:
        eval('z %s 2' % f)
        print('ok', f)
    except TypeError:
        print('TypeError', f)
for conv in [int, float]:
    try:
        conv(z)
        print('converted')
    except TypeError:
        print('TypeError', conv.__name__)
for d in [0, 0.0, 0j]:
    try:
        z / d
    except ZeroDivisionError:
        print('ZeroDivisionError /', repr(d))
d = {1j: 'i', 2: 'two', 2 + 0j: 'two again'}
print(len(d), d[1j], d[2])
print(sum([1j, 2, 3.5, 1 - 1j]), [z * k for k in range(3)], complex(True, False), bool(0j), bool(-1j))
print(complex(-1.5, 2.25), 1e300j * 1e10, -(2 - 3j), (1 - 1j) * (1 + 1j))
