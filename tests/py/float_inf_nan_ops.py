# Arithmetic, comparison and conversion rules for inf and nan.
inf, nan = float('inf'), float('nan')
for x in [inf, -inf]:
    print(x + 1, x - x != x - x, x * -1, x / 2, 1 / x, -1 / x, x * 0 != x * 0, abs(x))
    print(x > 1e308, x < -1e308, x == x, x != x, min(x, 0), max(x, 0), x % 5 != x % 5 if x > 0 else 'n')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
print(nan is nan, str(nan), repr(-nan), str(inf), repr(-inf))
for s in ['inf', 'INF', '+inf', '-inf', 'infinity', '-Infinity', 'nan', 'NaN', '-nan', '  inf  ']:
    print(s.strip(), float(s))
for f in [inf, -inf, nan]:
    for conv in (int,):
        try:
            conv(f)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, f)
print('%f %e %g %.2f %5.1f' % (inf, -inf, nan, inf, -inf))
print('{} {:f} {:e} {:>8} {:<8}|'.format(inf, -inf, nan, inf, nan))
print(inf == float('inf'), -inf == float('-inf'), inf > 10 ** 300, -inf < -(10 ** 300))
print(1e308 * 10, -1e308 * 10, 1e308 * 10 == inf, 2.0 ** 1023 * 2 == inf)
