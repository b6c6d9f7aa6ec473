# Bitwise and shift operator overloading on a bitset class.
class Bits:
    def __init__(self, v, width=8):
        self.v = v & ((1 << width) - 1)
        self.width = width
    def __repr__(self):
        s = ''
        for i in range(self.width - 1, -1, -1):
            s += '1' if self.v >> i & 1 else '0'
        return 'Bits(' + s + ')'
    def __and__(self, o):
        return Bits(self.v & o.v, self.width)
    def __or__(self, o):
        return Bits(self.v | o.v, self.width)
    def __xor__(self, o):
        return Bits(self.v ^ o.v, self.width)
    def __invert__(self):
        return Bits(~self.v, self.width)
    def __lshift__(self, n):
        return Bits(self.v << n, self.width)
    def __rshift__(self, n):
        return Bits(self.v >> n, self.width)
    def __rlshift__(self, n):
        return 'rlshift %d' % n
    def __rand__(self, o):
        return Bits(o & self.v, self.width)
    def __len__(self):
        c, v = 0, self.v
        while v:
            c += v & 1
            v >>= 1
        return c
    def __getitem__(self, i):
        return self.v >> i & 1
a = Bits(0b1100_1010)
b = Bits(0b1010_0110)
print(a, b)
print(a & b, a | b, a ^ b, ~a)
print(a << 2, a >> 3, 1 << a, 0xf0 & a)
print(len(a), [a[i] for i in range(8)])
x = Bits(1)
for _ in range(3):
    x <<= 2
    print(x)
x |= Bits(0xff)
print(x, len(x))
