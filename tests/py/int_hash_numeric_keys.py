# Equal numbers are equal dict/set keys across int, bool, float and big int.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d = {0: 'a', False: 'b', 0.0: 'c'}
print(d)
s = {1, 1.0, True, 2, 2.0, 2 ** 64, float(2 ** 64), 0, -0.0, False}
print(sorted(s), len(s))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 64) == hash(float(2 ** 64)), hash(-5) == hash(-5.0), hash(2.5) == hash(2.5))
big = {2 ** 70: 'x', -(2 ** 70): 'y', 2 ** 70 + 1: 'z'}
print(big[2 ** 70], big[-(2 ** 70)], big[2 ** 70 + 1], 2 ** 70 in big, 2 ** 69 in big)
k = 10 ** 30
print({k: 1}[10 ** 30], {k: 1}.get(10 ** 30 + 0), (10 ** 30) in {k})
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 10 ** 20 == 1e20, 3 == 3.000001)
print(1 < 1.5 < 2, -(2 ** 70) < -1e20, 2 ** 70 > 1e21, 2 ** 70 < 1e22)
counts = {}
for v in [1, 1.0, True, 3, 3.0, 2 ** 80, 2.0 ** 80]:
    counts[v] = counts.get(v, 0) + 1
print(sorted(counts.items()))
print(hash(12345) == hash(12345), hash(-(2 ** 90)) == hash(-(2 ** 90)), type(hash(2 ** 90)).__name__)
