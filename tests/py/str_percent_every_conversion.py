# %-formatting: every conversion with flags, width, precision and * arguments.
ints = [0, 7, -7, 255, -255, 123456789, 2 ** 40]
for v in ints:
    print('%d|%i|%5d|%-5d|%05d|%+d|% d|%+05d|%.3d|%x|%X|%#x|%#X|%o|%#o|%8x|%-#8o|' % (
        v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v))
floats = [0.0, 1.5, -2.27, 1234.5678, 0.000123, 1e20, -1e-7]
for v in floats:
    print('%f|%.1f|%10.3f|%-10.2f|%+.2f|% .2f|%010.2f|%e|%.2e|%E|%g|%.3g|%G|%10.4g|' % (
        v, v, v, v, v, v, v, v, v, v, v, v, v, v))
for v in ['', 'abc', 'hello world']:
    print('%s|%10s|%-10s|%.2s|%5.1s|%r|%-8r|' % (v, v, v, v, v, v, v))
print('%c%c%c|%3c|%-3c|' % (97, 'b', 67, 'x', 'y'))
print('%s %s %s %s' % (None, True, [1, 'a'], (2,)), '%r %r' % ({'k': 1}, 'q'))
print('%d %s' % (3.99, 3.99), '%x' % True, '%d' % False, '%i' % -0)
print('%*d|%-*s|%.*f|%*.*f|' % (5, 42, 4, 'ab', 2, 3.14159, 8, 3, 2.71828))
print('%%|%5%|%d%%' % (50,) if False else '%%|%d%%' % 50)
print('%(a)s-%(b)05.1f-%(a)r' % {'a': 'x', 'b': 2.5}, '%(n)d%%' % {'n': 10})
print('%s' % 'single', '%s' % ('tuple',), '%s' % [[1]], '%d items' % 3)
