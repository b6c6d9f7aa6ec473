# Float construction from many types, truthiness, hashing, and behaviour as dict keys.
print(float(), float(0), float('3.25'), float(7), float(-2 ** 40), bool(0.0), bool(-0.0), bool(1e-300))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e-300 * 1e-300, -1e-300 * 1e-300)
d = {0.5: 'half', 1.0: 'one', 2: 'two'}
print(d[0.5], d[1], d[2.0], 1 in d, 0.5 in d, 3.0 in d)
print(hash(0.5) == hash(0.5), hash(1.0) == hash(1), hash(-2.0) == hash(-2))
print(sorted([2.5, -1.0, 0.0, 1e10, -1e-10, 3]), min([0.3, 0.1, 0.2]), max([-0.3, -0.1]))
print(sum([0.1] * 10), sum([0.5, 0.25], 0.25), [x * 0.5 for x in range(5)])
x = 1.5
x += 1
x *= 2
x -= 0.5
x /= 2
x **= 2
x //= 1.5
x %= 4
print(x)
print(float.__name__, isinstance(1.5, float),
      isinstance(1, float), type(1.5 * 2).__name__)
print(-(0.0), -0.0 == 0.0, str(-0.0), 1 / -1e-320 < 0, (-0.0) * 5, 0.0 * -5)
print(int(-0.0), float(int(2.999)), str(1.5 * 3), repr(2.5 / 0.5))
