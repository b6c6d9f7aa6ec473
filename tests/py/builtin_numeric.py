# abs, round, divmod, pow, bin, oct, hex, chr, ord, hash of ints.
print(abs(-5), abs(5), abs(-0), abs(-3.5), abs(2 ** 70 * -1))
print(round(3), round(-3), round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(1250, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 3), divmod(2 ** 65, 10))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(5, 3, 7), pow(123, 456, 789), pow(0, 5), pow(1, -5))
print(bin(0), bin(1), bin(255), bin(-255), oct(0), oct(8), oct(-8), hex(0), hex(255), hex(-255))
print(chr(65), chr(97), chr(48), chr(32) == ' ', chr(126), ord('A'), ord('~'), ord(' '))
print([chr(c) for c in range(ord('a'), ord('f'))], ''.join(chr(ord(c) + 1) for c in 'HAL'))
print(hash(0), hash(1), hash(-1) in (-1, -2), hash(12345), hash(True), hash(False))
print(hash(7) == hash(7), hash(2 ** 40) == hash(2 ** 40))
print(int.__name__, float.__name__, bool(2), bool(0))
print(max(range(10), key=lambda v: (v % 4, v)), min(range(10), key=lambda v: (v % 4, -v)))
try:
    chr(0x110000)
except ValueError:
    print('chr out of range ValueError')
try:
    ord('')
except TypeError:
    print('ord of empty TypeError')
