# Conversions between float, int and str; rounding and comparisons.
print(float(3), float(-7), float(10 ** 20), float('0.5'), float('.5'), float('5.'), float('-1e-3'))
print(float('  12.5\n'), float('1E2'), float('+3.5'), float('Inf'), float('-INF'), float('nan') != 0)
for bad in ['', 'abc', '1.2.3', '1e', '--1']:
    try:
        float(bad)
        print('parsed', bad)
    except ValueError:
        print('ValueError for %r' % bad)
print(int(2.9), int(-2.9), int(1e10), round(2.4), round(2.6), round(-2.6), round(3.14159, 3), round(1234.5678, -2))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7)).__name__)
print(str(0.1), str(2.0), str(1e-5), str(123456789012.0), str(1.5e300))
print(1.0 == 1, 1.5 != 1, 2 ** 53 == float(2 ** 53))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(float(True), float(False), int(float('1e3')), 3 * 1.0)
print(hash(1.0) == hash(1), hash(0.0) == hash(0), {1: 'int'}[1.0])
print(sorted([3, 1.5, -2, 0.0, 2.5]), max(1, 1.0), min(0.0, 0))
print(1e308 * 10 == float('inf'), -1e308 * 10 == float('-inf'))
try:
    int(float('inf'))
except OverflowError:
    print('OverflowError converting inf')
try:
    int(float('nan'))
except ValueError:
    print('ValueError converting nan')
