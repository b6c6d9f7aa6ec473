# Format specifications via f-strings and str.format (portable cases).
for v in [0, 7, -7, 12345, -98765]:
    print(f'|{v:8}|{v:<8}|{v:^8}|{v:>8}|{v:+d}|{v:08d}|')
for v in [0.0, 1.5, -2.3456, 1234.5678, 0.000123]:
    print(f'|{v:10.3f}|{v:<10.2f}|{v:.1f}|{v:+.2f}|{v:e}|')
for v in [1, 255, 4096, 65535]:
    print(f'{v:x} {v:X} {v:#x} {v:o} {v:#o} {v:b} {v:08b}')
for s in ['', 'a', 'abc', 'abcdefgh']:
    print(f'[{s:5}][{s:>5}][{s:^5}][{s:*^7}][{s:-<6}][{s:.2}]')
print('{:,}'.format(1234567), '{:,}'.format(-1000), '{:,}'.format(999))
print('{0} {1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0!r} {1!s}'.format('q', 'r'))
print('{:>{}}|'.format('z', 4), '{:.{}f}'.format(3.14159, 3))
print('{:%}'.format(0.25), '{:.1%}'.format(0.125))
print('{:g} {:g} {:g} {:g}'.format(100000, 1000000, 0.0001, 0.00001))
print('{:G} {:E}'.format(1e20, 12345.678))
print('{:=+8d}|{:=8d}|'.format(42, -42))
print('{:c}'.format(65))
print('{}{}{}'.format(1, 'two', 3.0))
print('%d%%' % 50, '%5.1f%%' % 99.5)
