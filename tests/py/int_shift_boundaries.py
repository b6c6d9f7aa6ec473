# Left and right shifts across machine-word and small-int boundaries.
for s in [0, 1, 29, 30, 31, 32, 33, 62, 63, 64, 65, 127, 128, 200]:
    print(s, 1 << s, -1 << s, 3 << s, (1 << s) >> s, ((1 << s) - 1) >> (s // 2))
big = 0xDEADBEEFCAFEBABE1234567890
for s in [0, 1, 7, 8, 63, 64, 65, 99, 100, 101, 104, 105, 1000]:
    print(s, big >> s, -big >> s, hex(big << s) if s < 200 else (big << s) >> s == big)
print([(-7) >> s for s in range(6)], [7 >> s for s in range(5)])
print([(-(2 ** 64)) >> s for s in (62, 63, 64, 65, 66)])
print([(-(2 ** 64) - 1) >> s for s in (62, 63, 64, 65, 66)])
for val, s in [(1, -1), (2 ** 70, -3), (-5, -64)]:
    for op in ('<<', '>>'):
        try:
            val << s if op == '<<' else val >> s
            print('shifted')
        except ValueError:
            print('ValueError', op, s)
x = 1
for _ in range(10):
    x <<= 13
print(x, x.bit_length() if hasattr(x, 'bit_length') else len(bin(x)) - 2)
x >>= 100
print(x)
print(True << 5, 1 << True, False >> 3, 2 ** 100 >> 2 ** 40, -(2 ** 100) >> 2 ** 40)
