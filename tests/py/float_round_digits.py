# round() of floats with and without ndigits, avoiding exact binary ties.
vals = [0.0, 1.2345, -1.2345, 123.456789, -987.654321, 0.000123456, 1e10 + 0.3, 5.5, 6.5, -5.5,
        -6.5, 0.49999, 1234567.891]
for v in vals:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1),
          round(v, -2), round(v, -5))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.5), round(1e16 + 2))
print(round(float('inf'), 2), round(-float('inf'), -3), round(1e300, -300) > 0)
for bad in [float('inf'), float('-inf'), float('nan')]:
    try:
        round(bad)
        print('rounded', bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, bad)
print(round(7, 2), round(-7, -1), round(15, -1), round(25, -1), round(12345, -3), round(-2 ** 70, -20))
print(type(round(7, 2)).__name__, type(round(7.0, 2)).__name__)
