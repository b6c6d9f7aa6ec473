# Viper bit manipulation: masks, rotations, parity, bit reversal on 8/16/32-bit values.
import micropython

@micropython.viper
def rotl8(v: int, n: int) -> int:
    v = v & 0xFF
    return ((v << n) | (v >> (8 - n))) & 0xFF

@micropython.viper
def reverse16(v: int) -> int:
    r = 0
    for i in range(16):
        r = (r << 1) | (v & 1)
        v = v >> 1
    return r

@micropython.viper
def parity(v: int) -> int:
    p = 0
    while v:
        p ^= v & 1
        v = v >> 1
    return p

@micropython.viper
def pack565(r: int, g: int, b: int) -> int:
    return ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3)

@micropython.viper
def unpack565(c: int) -> int:
    r = (c >> 11) & 0x1F
    g = (c >> 5) & 0x3F
    b = c & 0x1F
    return (r << 16) | (g << 8) | b

@micropython.viper
def gray(v: int) -> int:
    return v ^ (v >> 1)

print([rotl8(0x81, n) for n in range(8)])
print([hex(reverse16(v)) for v in (1, 0x8000, 0x1234, 0xFFFF, 0)])
print([parity(v) for v in (0, 1, 3, 7, 0xFF, 0x1234)])
c = pack565(255, 128, 64)
print(hex(c), hex(unpack565(c)))
print([gray(i) for i in range(16)])
