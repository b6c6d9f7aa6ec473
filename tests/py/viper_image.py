# A small framebuffer drawn with viper routines (ptr8 row-major image).
import micropython

W = 24
H = 10

@micropython.viper
def clear(buf, n: int, v: int):
    p = ptr8(buf)
    for i in range(n):
        p[i] = v

@micropython.viper
def hline(buf, w: int, x0: int, x1: int, y: int, v: int):
    p = ptr8(buf)
    for x in range(x0, x1 + 1):
        p[y * w + x] = v

@micropython.viper
def vline(buf, w: int, x: int, y0: int, y1: int, v: int):
    p = ptr8(buf)
    for y in range(y0, y1 + 1):
        p[y * w + x] = v

@micropython.viper
def invert(buf, n: int):
    p = ptr8(buf)
    for i in range(n):
        p[i] = 1 - p[i]

@micropython.viper
def count_set(buf, n: int) -> int:
    p = ptr8(buf)
    c = 0
    for i in range(n):
        c += p[i]
    return c

def show(buf):
    for y in range(H):
        print(''.join('#' if buf[y * W + x] else '.' for x in range(W)))

fb = bytearray(W * H)
clear(fb, W * H, 0)
hline(fb, W, 1, 22, 0, 1)
hline(fb, W, 1, 22, 9, 1)
vline(fb, W, 1, 0, 9, 1)
vline(fb, W, 22, 0, 9, 1)
for i in range(8):
    fb[(1 + i) * W + 3 + 2 * i] = 1
show(fb)
print(count_set(fb, W * H))
invert(fb, W * H)
print(count_set(fb, W * H))
