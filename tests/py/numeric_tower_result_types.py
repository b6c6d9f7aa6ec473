# Mixed-type arithmetic across bool, int, big int, float and complex: result types and values.
nums = [True, 3, -7, 2 ** 70, 2.5, -0.5, 1 + 2j]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('**', lambda a, b: a ** b if not isinstance(b, complex) and abs(b) < 100 else None)]
for name, fn in ops:
    for a in nums:
        row = []
        for b in nums:
            try:
                r = fn(a, b)
                if r is None:
                    row.append('-')
                elif isinstance(r, complex):
                    row.append('complex')
                else:
                    row.append(type(r).__name__)
            except (ZeroDivisionError, OverflowError, ValueError) as e:
                row.append(type(e).__name__)
        print(name, repr(a), ' '.join(row))
for a, b in [(7, 2), (-7, 2), (7.5, 2), (2 ** 70, 3), (True, 2), (7, 2.0)]:
    print(a, b, a // b, a % b, type(a // b).__name__, type(a % b).__name__, a / b)
print(3 * 1.0 == 3, 2 ** 0.5 > 1.41, (-8) ** (1 / 3) == (-8) ** (1 / 3), 10 / 4, 10 // 4, -10 // 4, 1e300 * 10)
print(int(2.5) + 1j, float(True) + 0j, abs(1 + 1j) ** 2 > 1.99, (1 + 2j).real + (3 - 4j).imag, 2 * True)
