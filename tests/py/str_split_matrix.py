# split/rsplit with every separator form and maxsplit, on awkward inputs.
inputs = ['', ' ', 'a', ' a ', 'a b  c', '  lead', 'trail  ', 'a,b,,c,', ',a,', 'x--y----z', '\t a\n b\r\x0b c\x0c ',
          'ñ ñ  ñ', 'one']
def show(parts):
    # MicroPython's repr escapes non-ASCII characters, so lists are shown by hand
    return '[' + ', '.join('<%s>' % p for p in parts) + ']'
for s in inputs:
    print(show([s]))
    print(' ', show(s.split()), show(s.rsplit()), show(s.split(None, 1)), show(s.split(None, 0)))
    for sep in [',', '--', ' ', 'ñ']:
        print(' ', sep, ' '.join(show(s.split(sep, n)) for n in (-1, 0, 1, 2)),
              ' '.join(show(s.rsplit(sep, n)) for n in (1, 2, 100)))
for bad in ['', ]:
    for m in ('split', 'rsplit'):
        try:
            getattr('abc', m)(bad)
        except ValueError:
            print(m, 'empty separator ValueError')
try:
    'a b'.split(1)
except TypeError:
    print('TypeError non-str separator')
print('a b c'.split(' ', -5), 'a.b.c'.rsplit('.', -1), '1 2 3'.split(None, 100), 'aaa'.split('a'))
