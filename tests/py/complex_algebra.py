# Complex arithmetic applications: quadratic roots, rotations, polynomial evaluation.
def quadratic(a, b, c):
    d = b * b - 4 * a * c
    if d >= 0:
        r = d ** 0.5
        return ((-b + r) / (2 * a), (-b - r) / (2 * a))
    r = complex(0, (-d) ** 0.5)
    return ((-b + r) / (2 * a), (-b - r) / (2 * a))
print(quadratic(1, -3, 2), quadratic(1, 2, 5), quadratic(1, 0, 4))
def rotate(p, quarter_turns):
    z = complex(p[0], p[1]) * (1j ** 0 if quarter_turns == 0 else [1, 1j, -1, -1j][quarter_turns % 4])
    return (z.real, z.imag)
print([rotate((3, 1), k) for k in range(4)])
def horner(coeffs, z):
    r = 0
    for c in coeffs:
        r = r * z + c
    return r
print(horner([1, 0, 1], 1j), horner([1, -2, 2], 1 + 1j), horner([2, 3], 2 - 1j))
pts = [1 + 1j, -2 + 0.5j, 3 - 4j, -1 - 1.5j]
print(sorted(pts, key=abs), max(pts, key=lambda z: z.real), sum(pts))
print([z.real * z.real + z.imag * z.imag == abs(z) ** 2 for z in (3 + 4j, 5 + 12j)])
