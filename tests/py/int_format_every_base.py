# Printing ints: bin/oct/hex, %-formatting and format specs in every base.
vals = [0, 1, -1, 7, -8, 255, -256, 65535, 2 ** 31, -(2 ** 31), 2 ** 64 - 1, -(2 ** 64), 2 ** 100 + 1]
for v in vals:
    print(bin(v), oct(v), hex(v))
    print('%d %i %o %x %X %#o %#x %#X' % (v, v, v, v, v, v, v, v))
    print('{:d} {:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:#X}'.format(v, v, v, v, v, v, v, v, v))
    print('{:n}|{:,}|{:_}|{:_b}|{:_o}|{:_x}'.format(v, v, v, v, v, v))
for spec in ['10d', '<10d', '>10d', '^10d', '=10d', '+d', ' d', '-d', '010d', '+010d', '#010x',
             '*^12,', '0=12,', '_^15_', '#12b', '>+#10o', '#X']:
    print(spec, '[' + format(12345, spec) + ']' if False else '[' + ('{:' + spec + '}').format(12345) + ']',
          '[' + ('{:' + spec + '}').format(-12345) + ']')
print('%5d|%-5d|%05d|%+5d|% 5d|%.3d|%8.5d|%-8.3x|%+.2o' % (42, 42, 42, 42, 42, 7, 42, 255, 8))
print('%*d|%-*d|%.*d' % (6, 1, 6, 2, 4, 3))
print(str(10 ** 50), repr(-10 ** 50), '%d' % 10 ** 25, '%x' % 2 ** 90, '%o' % -(2 ** 70))
print('{:c}{:c}{:c}'.format(72, 105, 33))
print(f'{255:08b} {255:#06x} {-255:x} {1000000:,d} {-1000000:_d} {42:^+9d}')
