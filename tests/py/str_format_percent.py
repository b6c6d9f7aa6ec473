# printf-style % formatting with portable values.
print('%d %i %s %r' % (1, 2, 'three', 'four'))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x|%X|%#x|%o|%#o' % (3054, 3054, 3054, 8, 8))
print('%.2f|%8.3f|%-8.1f|%+.0f|%f' % (3.14159, 2.71828, 1.5, 2.75, 0.5))
print('%e|%.3e|%E' % (12345.678, 0.000123, 1e-10))
print('%g|%g|%g|%G' % (0.00001, 123456789.0, 1.5, 1e-20))
print('%s|%10s|%-10s|%.3s' % ('str', 'right', 'left', 'truncate'))
print('%c|%c' % (65, 'z'))
print('%%|100%%|%d%%' % 5)
print('%(name)s is %(age)d' % {'name': 'Al', 'age': 3})
print('%s' % [1, 2], '%s' % ((1, 2),), '%r' % ('x',))
print('%*d|%-*d|' % (6, 7, 6, 7))
print('%s %s' % (None, True), '%d' % True, '%.1f' % 3)
print('%3s|%-3s|' % ('toolong', 'x'))
vals = [(1, 'one'), (22, 'twenty-two'), (333, 'many')]
for n, w in vals:
    print('%-4d%12s' % (n, w))
