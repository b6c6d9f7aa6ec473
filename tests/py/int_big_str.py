# Converting big integers to and from strings in various bases.
n = 2 ** 200 + 3 ** 100
s = str(n)
print(s, len(s), int(s) == n, repr(n) == s)
print(hex(n), oct(n), bin(2 ** 80 + 5))
print(int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n, int(hex(n), 0) == n)
print(int('z' * 20, 36), int('1' * 100, 2), int('-ffffffffffffffffffffffff', 16))
print(int('  123456789012345678901234567890  '), int('+99999999999999999999'), int('-0'))
def to_base(v, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if v == 0:
        return '0'
    neg = v < 0
    v = abs(v)
    out = []
    while v:
        v, r = divmod(v, b)
        out.append(digits[r])
    return ('-' if neg else '') + ''.join(reversed(out))
for base in (2, 3, 7, 16, 36):
    t = to_base(n, base)
    print(base, t[:30], len(t), int(t, base) == n)
print(to_base(-(10 ** 25), 36))
print('%d' % (10 ** 25), '%x' % (2 ** 70), '%o' % (8 ** 22))
print('{:d}'.format(-(2 ** 66)), '{:x}'.format(2 ** 66), f'{3 ** 50:,}')
print(f'{2 ** 70:>30}|', '%30d|' % (2 ** 70))
print(str(-(10 ** 40)), [10 ** i for i in range(18, 22)])
