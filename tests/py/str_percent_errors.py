# Mistakes in %-formatting raise TypeError/ValueError/KeyError.
cases = [
    ('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%s %s', 'ab'), ('%(k)s', (1,)),
    ('%(k)s', {'j': 1}), ('%z', 1), ('%', ()), ('%c', 'ab'), ('%c', 'long'), ('%x', 1.5),
    ('abc', 5), ('%.*f', ('x', 1.0)), ('%*d', (1.5, 2)), ('%f', 'str'),
]
for fmt, args in cases:
    try:
        r = fmt % args
        print(repr(fmt), 'ok', repr(r))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__)
print('no args: %s' % ())  if False else print('%s' % ((),))
print('abc' % ())
print('%s' % {'a': 1}, '%(a)s' % {'a': [1, 2]})
