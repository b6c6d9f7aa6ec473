# Conversions and comparisons between floats and small/big ints.
print(float(2 ** 63), float(-(2 ** 63)), float(2 ** 64 + 1), float(10 ** 22), float(3 ** 40))
print(int(1e22), int(-1e22), int(2.0 ** 80), int(123456789.987), int(-0.9999), int(0.9999))
print(int(1.5e18), int(9.007199254740993e15), int(2.0 ** 64), int(-2.0 ** 70))
vals = [0, 1, -1, 2 ** 53, 2 ** 63, -(2 ** 63), 10 ** 20]
fvals = [0.0, 0.5, -0.5, 1.0, 2.0 ** 53, 9.2e18, 1e20, -1e20, 1e25]
for i in vals:
    print([(i < f, i == f, i > f) for f in fvals])
print(7 / 2, -7 / 2, 2 ** 70 / 2 ** 68, 10 ** 20 / 10 ** 19, 1 / 2 ** 10, (2 ** 64) / 3)
print(2 ** 70 * 0.5, 0.5 * 2 ** 70, 2 ** 70 + 0.0, 2 ** 70 - 1.5, 3 * 1.5, True * 2.5)
print(sum([1, 2.5, 2 ** 60]), max(1, 1.0), min(1.0, 1), max(2, 2.5, 2 ** 70), sorted([3, 1.5, 2 ** 65, -1]))
print((1.0).__class__.__name__, (5 / 5).__class__.__name__, (6 // 2.0).__class__.__name__)
print(abs(-2 ** 70 + 0.0), -(2.0 ** 70) == -(2 ** 70), 2 ** 70 == 2.0 ** 70)
for f in [0.1, 0.25, 1e-10, 123.0, -4.5]:
    print(f, f * 10 ** 3, f + 10 ** 3, f < 10 ** 3, f * 2 ** 10)
