# Viper loops: nested ranges, while loops, early exits and bytecode interop.
import micropython

@micropython.viper
def triangle(n: int) -> int:
    s = 0
    for i in range(n):
        for j in range(i + 1):
            s += 1
    return s

@micropython.viper
def gcd(a: int, b: int) -> int:
    while b:
        t = a % b
        a = b
        b = t
    return a

@micropython.viper
def isqrt(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = (x + 1) >> 1
    while y < x:
        x = y
        y = (x + n // x) >> 1
    return x

@micropython.viper
def find_first(buf, n: int, target: int) -> int:
    p = ptr8(buf)
    for i in range(n):
        if p[i] == target:
            return i
    return -1

@micropython.viper
def count_bits(v: uint) -> int:
    c = 0
    while v:
        c += int(v & 1)
        v = v >> 1
    return c

def bytecode_driver():
    return [triangle(i) for i in range(6)], [gcd(a, b) for a, b in ((12, 18), (17, 5), (100, 75))]

print(bytecode_driver())
print([isqrt(v) for v in (0, 1, 15, 16, 17, 1000000, 999999)])
print(find_first(b'abcdef', 6, ord('d')), find_first(b'abc', 3, 0))
print([count_bits(v) for v in (0, 1, 255, 0x80000000, 0xFFFF)])
