# Integer bit tricks on small and big ints.
def lowbit(x):
    return x & -x
def is_pow2(x):
    return x > 0 and x & (x - 1) == 0
def next_pow2(x):
    p = 1
    while p < x:
        p <<= 1
    return p
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
def reverse_bits(x, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r
print([lowbit(x) for x in (1, 6, 12, 40, 2 ** 70 + 2 ** 65)])
print([is_pow2(x) for x in (0, 1, 2, 3, 64, 96, 2 ** 100, 2 ** 100 + 1)])
print([next_pow2(x) for x in (0, 1, 5, 17, 1000, 2 ** 40 + 1)])
print([popcount(x) for x in (0, 7, 255, 2 ** 64 - 1, 2 ** 100 + 5)])
print([reverse_bits(x, 8) for x in (1, 2, 0b1011, 255)], hex(reverse_bits(0x123456789, 40)))
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, a & ~b, ~a & b, (a ^ b) & -(a ^ b))
x = 0
for i in (1, 5, 9, 63, 64, 100):
    x |= 1 << i
print(hex(x), [i for i in range(128) if x >> i & 1])
print(x & (1 << 63) != 0, (x >> 64) & 1, x.to_bytes(13, 'little'))
def gray_code(n):
    return [i ^ (i >> 1) for i in range(1 << n)]
print(gray_code(4))
def swap_without_temp(a, b):
    a ^= b
    b ^= a
    a ^= b
    return a, b
print(swap_without_temp(5, 9), swap_without_temp(2 ** 80, -3))
