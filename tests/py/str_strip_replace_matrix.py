# strip/lstrip/rstrip with character sets, and replace with counts, empty patterns and unicode.
words = ['', '   ', 'xxaxx', 'axxa', '\t\n abc \r\n', '..::a.b::..', 'ñañ', 'abc']
def show(parts):
    # MicroPython's repr escapes non-ASCII characters, so results are shown by hand
    return '[' + ', '.join('<%s>' % p for p in parts) + ']'
for w in words:
    print(show([w, w.strip(), w.lstrip(), w.rstrip()]),
          ' '.join(show([w.strip(c), w.lstrip(c), w.rstrip(c)]) for c in ('x', '.:', 'ñ', '', 'abc')))
print('aXbXa'.strip('a'), 'xyzzyx'.strip('xy'), '  x'.rstrip(' x'))
cases = [('aaaa', 'a', 'b'), ('aaaa', 'aa', 'x'), ('abc', '', '-'), ('', '', 'x'), ('', 'a', 'b'),
         ('ñandú', 'ñ', 'n'), ('ñandú', 'dú', 'DU'), ('hello', 'l', ''), ('hello', 'hello', 'bye'),
         ('abcabc', 'abc', 'abcabc'), ('mississippi', 'ss', 'SS'), ('mississippi', 'issi', '*')]
for s, old, new in cases:
    print(show([s, old, new]), show([s.replace(old, new, n) for n in (-1, 0, 1, 2, 10)]), s.replace(old, new))
try:
    'abc'.replace('a')
except TypeError:
    print('replace needs 2 args: TypeError')
try:
    'abc'.strip(5)
except TypeError:
    print('strip(int): TypeError')
