# Viper processing of text held in bytearrays: case conversion, counting, trimming.
import micropython

@micropython.viper
def to_upper(buf, n: int):
    p = ptr8(buf)
    for i in range(n):
        c = p[i]
        if 97 <= c <= 122:
            p[i] = c - 32

@micropython.viper
def count_words(buf, n: int) -> int:
    p = ptr8(buf)
    words = 0
    inside = 0
    for i in range(n):
        c = p[i]
        if c == 32 or c == 10 or c == 9:
            inside = 0
        elif not inside:
            inside = 1
            words += 1
    return words

@micropython.viper
def djb2(buf, n: int) -> int:
    p = ptr8(buf)
    h = 5381
    for i in range(n):
        h = ((h << 5) + h + p[i]) & 0xFFFFFF
    return h

@micropython.viper
def rstrip_len(buf, n: int) -> int:
    p = ptr8(buf)
    while n > 0 and p[n - 1] == 32:
        n -= 1
    return n

text = bytearray(b'hello viper world, from micropython   ')
print(count_words(text, len(text)), djb2(text, len(text)))
to_upper(text, len(text))
print(text, rstrip_len(text, len(text)))
print([djb2(w, len(w)) for w in (b'', b'a', b'abc', b'viper')])
