# str.format: automatic and explicit field numbering, keywords, conversions, nested specs, braces.
print('{}-{}-{}'.format(1, 'two', 3.0), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}{1}{1}'.format(1, 2))
print('{x}/{y}/{x}'.format(x='X', y='Y'), '{0}:{k}'.format('pos', k='kw'), '{}'.format(*[9]))
print('{!r}|{!s}|{!r:>8}|{!s:*<6}'.format('q', 'q', 'r', 's'), '{0!r}'.format([1, 'a']))
print('{{}}|{{{}}}|{{0}}|{}{{'.format(5, 6), '{{literal}}'.format(), 'no fields'.format(1, 2))
print('{:>{}}|{:^{w}}|{:{f}{a}{w}}'.format('ab', 5, 'cd', 'ef', w=6, f='.', a='>'))
print('{0:{1}}|{0:>{1}}|{2:.{1}f}'.format('x', 4, 3.14159))
print('{:5}|{:<5}|{:>5}|{:^5}|{:.2}|{:5.1}|{:*^9.3}|'.format('abc', 'abc', 'abc', 'abc', 'abc', 'abc', 'abcdef'))
print('{}|{}|{}|{}'.format(None, True, [1, 2], (3,)), '{:d}|{:5}|{:<5}|'.format(True, False, True))
table = [('apple', 3, 1.25), ('kiwi', 12, 0.5), ('watermelon', 1, 4.0)]
for name, qty, price in table:
    print('{:<12}{:>4}{:>8.2f}{:>9.2f}'.format(name, qty, price, qty * price))
bad = ['{', '}', '{0', '{:x}', '{!x}', '{a', '{}}', '{1}', '{} {0}', '{0} {}', '{:d}', '{:s}']
for f in bad:
    try:
        print(repr(f), f.format('s'))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(f), type(e).__name__)
try:
    '{:s}'.format(5)
except ValueError:
    print('ValueError :s with int')
try:
    '{name}'.format(other=1)
except KeyError:
    print('KeyError missing keyword')
