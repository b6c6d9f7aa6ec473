# float -> repr/str -> float gives back the same float; arithmetic identities on many values.
seed = 2024
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed
bad = 0
vals = []
for i in range(400):
    m = rnd() >> 11
    e = (rnd() >> 58) - 32
    v = (m / 2 ** 53) * 2.0 ** e
    if i % 3 == 0:
        v = -v
    vals.append(v)
    if float(repr(v)) != v or float(str(v)) != v:
        bad += 1
    if v != 0 and (v * 2) / 2 != v:
        bad += 1
    if -(-v) != v or abs(v) != (v if v >= 0 else -v):
        bad += 1
    if float('%.17g' % v) != v:
        bad += 1
print('failures:', bad, len(vals))
print(sum(1 for v in vals if v < 0), max(vals) > 0, min(vals) < 0)
for v in [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-300, 1e300, 123456.789, 0.000123, 2.5e-8]:
    print(float(repr(v)) == v, '%.3e' % v, '%.6g' % v, int(v * 1000) if v < 1e10 else 'big')
print(float('0.1') + float('0.2') == 0.30000000000000004, float('1e-5') == 1e-5, float('-0') == 0.0)
