# inf and nan propagation, comparisons and conversions.
inf = float('inf')
nan = float('nan')
print(inf, -inf, inf + 1, inf * 2, -inf * -1, inf > 1e308, -inf < -1e308)
print(inf - inf != inf - inf, inf * 0 != inf * 0, nan + 1 != nan + 1)
print(nan == nan, nan != nan, nan < 0, nan > 0, nan == 0)
print(1 / inf, -1 / inf, inf / inf != inf / inf)
print(max(1.0, inf), min(-inf, 5), sorted([3.0, inf, -inf, 0.0]))
print(abs(-inf), -(-inf), float('-inf') == -inf, float('+inf') == inf)
vals = [1.0, nan, 2.0]
print([v == v for v in vals], sum(v for v in vals if v == v))
import math
print(math.isinf(inf), math.isinf(nan), math.isnan(nan), math.isnan(inf), math.isfinite(1.0), math.isfinite(inf))
for bad in (inf, -inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(str(inf), repr(-inf), str(nan), '%f %f' % (inf, -inf), '%.2f' % nan)
print(1e308 * 10 == inf, -1e308 * 10 == -inf, 2.0 ** 1024 if False else 'skip')
