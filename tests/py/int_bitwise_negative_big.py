# Bitwise and/or/xor/not on negative ints follow infinite two's complement.
def bits(v, n=80):
    # reference: two's complement of v in n bits, as an unsigned int
    return v & ((1 << n) - 1)
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40 + 3, -(2 ** 40) - 3, 2 ** 70 - 1, -(2 ** 70),
        -(2 ** 64) + 1, 0x5555555555555555555, -0x5555555555555555555]
wrong = 0
for a in vals:
    for b in vals:
        if bits(a & b) != bits(a) & bits(b):
            wrong += 1
        if bits(a | b) != bits(a) | bits(b):
            wrong += 1
        if bits(a ^ b) != bits(a) ^ bits(b):
            wrong += 1
    if bits(~a) != bits(a) ^ ((1 << 80) - 1):
        wrong += 1
print('mismatches:', wrong)
for a in vals[6:]:
    print(a & 0xFFFF, a | 0xF, a ^ -1, ~a, a & -a, hex(a & (2 ** 72 - 1)))
print(-1 & (2 ** 100), -(2 ** 100) & (2 ** 100), -(2 ** 100) | (2 ** 99), (-(2 ** 100)) ^ (2 ** 100))
x = -123456789012345678901234567890
print(x & x == x, x | 0 == x, x ^ x, x & ~x, x | ~x)
a = 7
a &= -2 ** 70
print(a)
a = -1
a ^= 2 ** 65
print(a, hex(a))
print(True & 3, True | 2, ~True, ~False, type(True & 3).__name__)
