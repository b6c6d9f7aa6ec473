# Small-int / big-int boundary behaviour (values around 2**30, 2**31, 2**62, 2**63, 2**64).
edges = [2 ** 30, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64]
for e in edges:
    for d in (-1, 0, 1):
        v = e + d
        print(v, -v, v * 2, v // 3, v % 1000, v >> 1, v << 1, hex(v))
x = 2 ** 62 - 1
print(x + 1, x + x, x * x, -x - 2)
y = -(2 ** 62)
print(y - 1, y * 2, y // -1, abs(y), -y)
s = 0
for i in range(100):
    s += 2 ** 60
print(s, s // 100 == 2 ** 60)
m = 1
for i in range(70):
    m = m * 2
    if i in (29, 30, 31, 61, 62, 63, 64, 69):
        print(i, m, m - 1, -m)
print(0x3fffffff + 1, 0x3fffffff * 4, 0x7fffffff + 0x7fffffff)
print(int('4611686018427387904') - 1, int('-4611686018427387905') + 1)
print(divmod(2 ** 63, 7), divmod(-(2 ** 63), 7), divmod(2 ** 63, -7))
