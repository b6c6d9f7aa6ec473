# Viper ptr16 and ptr32 access to bytearrays and arrays.
import micropython
import array

@micropython.viper
def set16(buf, i: int, v: int):
    p = ptr16(buf)
    p[i] = v

@micropython.viper
def get16(buf, i: int) -> int:
    p = ptr16(buf)
    return p[i]

@micropython.viper
def sum32(arr, n: int) -> int:
    p = ptr32(arr)
    s = 0
    for i in range(n):
        s += p[i]
    return s

@micropython.viper
def scale32(arr, n: int, k: int):
    p = ptr32(arr)
    for i in range(n):
        p[i] = p[i] * k

@micropython.viper
def prefix_sums(arr, n: int):
    p = ptr32(arr)
    for i in range(1, n):
        p[i] = p[i] + p[i - 1]

b = bytearray(8)
set16(b, 0, 0x1234)
set16(b, 1, 0xABCD)
set16(b, 2, 0x12345)
set16(b, 3, -1)
print(b, get16(b, 0), get16(b, 1), get16(b, 2), get16(b, 3))
a = array.array('i', [1, 2, 3, 4, 5])
print(sum32(a, 5))
scale32(a, 5, -3)
print(a)
prefix_sums(a, 5)
print(a)
u = array.array('I', [10, 20, 30])
scale32(u, 3, 2)
print(u, sum32(u, 3))
h = array.array('H', [1, 2, 65535])
print(get16(h, 2), get16(h, 0))
