# pow() with two and three arguments over small and big ints.
for b in [0, 1, 2, -2, 3, 10, -10, 2 ** 40, -(3 ** 30)]:
    print(b, [b ** e for e in range(0, 6)], b ** 25)
mods = [1, 2, 7, 97, 1000000007, 2 ** 61 - 1, 10 ** 30 + 57]
for base in [1, 2, 3, -3, 12345, 2 ** 70 + 9, -(5 ** 40)]:
    for exp in [0, 1, 2, 5, 64, 1000, 2 ** 65]:
        print(base, exp, [pow(base, exp, m) for m in mods])
for m in [-7, -(10 ** 20)]:
    print(pow(3, 5, m), pow(-3, 5, m), pow(2 ** 70, 3, m))
# pow(x, y, m) agrees with (x ** y) % m where both are computable
for x in range(-4, 5):
    for y in range(1, 7):
        for m in (3, 8, -5, 10 ** 12):
            assert pow(x, y, m) == (x ** y) % m, (x, y, m)
print('pow agrees with ** then %')
print(2 ** -1, 4 ** -2, (-2) ** -3, 10 ** -1)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(pow(2, 0.5) == 2 ** 0.5, pow(9, 0.5), pow(2.0, 3), pow(-8, 1))
for args in [(2, 3, 0), (2, 3.0, 5), (2.0, 3, 5)]:
    try:
        pow(*args)
        print('no error', args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, args)
try:
    0 ** -1
except ZeroDivisionError:
    print('ZeroDivisionError 0 ** -1')
