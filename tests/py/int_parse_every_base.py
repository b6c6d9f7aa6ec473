# int(str, base) for every base 2..36 and base 0, with signs, whitespace and prefixes.
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0:
        return '0'
    s = ''
    neg = n < 0
    n = abs(n)
    while n:
        s = digits[n % b] + s
        n //= b
    return '-' + s if neg else s
for base in range(2, 37):
    vals = [0, 1, base - 1, base, base * base + 1, 123456789, -987654321, 2 ** 70 + base]
    strs = [to_base(v, base) for v in vals]
    back = [int(s, base) for s in strs]
    upper = [int(s.upper(), base) for s in strs]
    print(base, strs[4], strs[7], back == vals, upper == vals)
print(int('  +42  '), int('\t-7\n'), int('0'), int('-0'), int('000123'), int('+0x10', 16))
print(int('0x1F', 0), int('0X1f', 0), int('0o17', 0), int('0O17', 0), int('0b101', 0), int('0B101', 0))
print(int('-0x1f', 0), int(' 0b11 ', 0), int('0', 0), int('00', 0), int('1_000', 0), int('0x_ff', 0))
print(int('0b1', 2), int('0o7', 8), int('0xA', 16), int('1_0', 2), int('z', 36), int('Z', 36))
for s, b in [('2', 2), ('8', 8), ('g', 16), ('0x', 16), ('', 10), (' ', 10), ('+', 10), ('-', 10),
             ('1 2', 10), ('0b2', 0), ('0o8', 0), ('1.0', 10), ('12a', 10), ('0x1g', 0)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError:
        print(repr(s), b, 'ValueError')
for b in [1, 37, -1]:
    try:
        int('1', b)
        print('base ok', b)
    except ValueError:
        print('ValueError base', b)
print(int(b'42'), int(bytearray(b' -17 ')), int('1' * 50, 2), int('7' * 30, 8))
print(int(' 123456789012345678901234567890 '), int('-' + 'f' * 32, 16))
