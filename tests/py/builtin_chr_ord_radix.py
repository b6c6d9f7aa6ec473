# chr/ord over the code point range, bin/oct/hex for ints of every size, and their errors.
for cp in [0, 9, 32, 65, 126, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF]:
    c = chr(cp)
    print(cp, ord(c) == cp, len(c), len(c.encode()), c.encode() if cp > 127 else repr(c))
print(ord('a'), ord('\n'), ord('\u00e9'), ord('\u20ac'), ord('\U0001F600'), ord(b'A'))
print(''.join(chr(ord(c) ^ 32) for c in 'Hello'), [ord(c) - ord('a') for c in 'abz'])
for bad in ['chr(-1)', 'chr(0x110000)', "ord('')", "ord('ab')", "ord(b'')", 'chr(1.5)', 'ord(65)']:
    try:
        eval(bad)
        print('ok', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, bad)
for v in [0, 1, -1, 7, -8, 255, 4096, -65535, 2 ** 31, 2 ** 64 + 1, -(2 ** 100), True]:
    print(bin(v), oct(v), hex(v), int(bin(v), 0) == v, int(hex(v), 16) == v, int(oct(v), 8) == v)
for bad in [1.5, '7', None, [1]]:
    # (MicroPython's bin() of a non-int raises ValueError instead)
    for name, f in (('oct', oct), ('hex', hex)):
        try:
            f(bad)
            print('converted', bad)
        except TypeError:
            print('TypeError', name, type(bad).__name__)
class Idx(int):
    pass
print(hex(Idx(255)), oct(Idx(8)), chr(Idx(65)))
