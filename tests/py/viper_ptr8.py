# Viper functions working on bytearrays/bytes through ptr8.
import micropython

@micropython.viper
def fill(buf, n: int, v: int):
    p = ptr8(buf)
    for i in range(n):
        p[i] = v + i

@micropython.viper
def total(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(n):
        s += p[i]
    return s

@micropython.viper
def xor_into(dst, src, n: int):
    d = ptr8(dst)
    s = ptr8(src)
    for i in range(n):
        d[i] = d[i] ^ s[i]

@micropython.viper
def reverse(buf, n: int):
    p = ptr8(buf)
    i = 0
    j = n - 1
    while i < j:
        t = p[i]
        p[i] = p[j]
        p[j] = t
        i += 1
        j -= 1

@micropython.viper
def count_byte(buf, n: int, b: int) -> int:
    p = ptr8(buf)
    c = 0
    for i in range(n):
        if p[i] == b:
            c += 1
    return c

buf = bytearray(10)
fill(buf, 10, 250)
print(buf, list(buf))
print(total(buf, 10), total(b'\x01\x02\x03\xff', 4))
key = bytearray(b'secretkey!')
data = bytearray(b'plaintext!')
xor_into(data, key, 10)
print(data)
xor_into(data, key, 10)
print(data)
reverse(data, len(data))
print(data)
print(count_byte(b'mississippi', 11, ord('s')), count_byte(b'aaaa', 2, 97))
