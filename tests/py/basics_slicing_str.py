# Slicing on str, bytes and tuples (step 1 only, which MicroPython supports everywhere).
s = 'hello, world'
print(s[0], s[-1], s[0:5], s[7:], s[:-7], s[-5:-1], s[3:3], s[50:])
print(s[:100], s[-100:3])
b = b'abcdef'
print(b[1:4], b[-2:], b[:0], b[0], b[-1])
t = (1, 2, 3, 4, 5)
print(t[1:3], t[:-1], t[10:], t[-2:])
word = 'abcdefgh'
print([word[i:i + 3] for i in range(0, len(word), 3)])
print(word[2:] + word[:2])
def rev(x):
    return ''.join(x[i] for i in range(len(x) - 1, -1, -1))
print(rev(word))
pal = 'racecar'
print(pal == rev(pal))
ba = bytearray(b'0123456789')
print(ba[2:5], ba[-3:])
print(memoryview(b'abcdef')[1:3].tobytes() if hasattr(memoryview(b''), 'tobytes') else bytes(memoryview(b'abcdef')[1:3]))
