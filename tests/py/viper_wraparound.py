# Viper arithmetic uses machine words: results wrap instead of growing into big ints.
# (The reference micropython is x86-64, so words are 64 bits; results are also shown
# masked to 32 bits, which is what a 32-bit target would print.)
import micropython

@micropython.viper
def mul_wrap(a: int, b: int) -> int:
    return a * b

@micropython.viper
def add_wrap(a: int, b: int) -> int:
    return a + b

@micropython.viper
def hash32(data, n: int) -> int:
    p = ptr8(data)
    # Constants above the portable small-int range are objects; cast them to words.
    m = int(0xFFFFFFFF)
    h = int(2166136261)
    for i in range(n):
        h = (h ^ p[i]) * 16777619
        h = h & m
    return h

@micropython.viper
def lcg(seed: int, steps: int) -> int:
    x = seed
    for i in range(steps):
        x = (x * int(1103515245) + 12345) & int(0x7FFFFFFF)
    return x

@micropython.viper
def neg_shift(a: int) -> int:
    return a >> 1

M32 = 0xFFFFFFFF
big = mul_wrap(0x7FFFFFFFFFFFFFFF, 2)
print(big, big & M32)
s = add_wrap(0x7FFFFFFFFFFFFFFF, 1)
print(s, s & M32)
print(mul_wrap(65536, 65536) & M32, mul_wrap(123456789, 987654321) & M32)
print(hash32(b'hello', 5), hash32(b'', 0), hex(hash32(b'viper', 5)))
print(lcg(1, 1), lcg(1, 10), lcg(42, 100))
print(neg_shift(-8), neg_shift(-1), neg_shift(7))
