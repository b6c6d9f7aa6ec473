# Big-integer shifts and bitwise operations, including negatives.
x = 0x123456789abcdef0123456789abcdef
print(hex(x), hex(x >> 4), hex(x << 12), hex(x >> 100), x >> 200)
print(hex(x & 0xffffffffffffffff), hex(x | (1 << 130)), hex(x ^ ((1 << 128) - 1)))
print(hex(~x), ~x == -x - 1, hex(-x), hex(-x >> 8), (-x) >> 200)
print((-1) << 100, -(1 << 100) >> 99, (-(2 ** 90)) & 0xffff, (-(2 ** 90) - 1) & 0xffff)
print(hex((-x) & ((1 << 128) - 1)), (-x) | 0xff, (-x) ^ 0xff)
print(hex((1 << 200) - 1), bin((1 << 70) | 1), oct(1 << 65))
def popcount(v):
    c = 0
    while v:
        v &= v - 1
        c += 1
    return c
def bitlen(v):
    n = 0
    while v:
        v >>= 1
        n += 1
    return n
print(popcount(x), bitlen(x), bitlen(2 ** 100), popcount(2 ** 100 - 1))
mask = 0
for i in range(0, 140, 7):
    mask |= 1 << i
print(hex(mask), popcount(mask))
print((1 << 64) & (1 << 64), (1 << 64) & (1 << 63), ((1 << 64) - 1) & -(1 << 32))
a, b = 2 ** 100 + 12345, 2 ** 99 + 54321
print(a & b, a | b, a ^ b, (a ^ b) ^ b == a)
print(-(2 ** 65) & -(2 ** 64), -(2 ** 65) | -(2 ** 64), -(2 ** 65) ^ -(2 ** 64))
print(1 << 0, 5 << 64 >> 64, (2 ** 64 + 3) >> 1)
