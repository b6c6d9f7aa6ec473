# Building strings: concatenation in loops, join, % formatting, str.format, f-strings.
parts = []
for i in range(5):
    parts.append('item%d' % i)
print(', '.join(parts))
s = ''
for ch in 'abc':
    s = s + ch.upper() + ch
print(s)
rows = [('Name', 'Qty', 'Price'), ('apple', 3, 1.2), ('banana', 12, 0.5), ('cherry', 100, 10.0)]
for name, qty, price in rows:
    if name == 'Name':
        print('%-8s %5s %8s' % (name, qty, price))
    else:
        print('%-8s %5d %8.2f' % (name, qty, price))
print('{:<8}|{:^8}|{:>8}'.format('left', 'mid', 'right'))
name, score = 'Zed', 97.5
print(f'{name} scored {score:.1f}% ({"pass" if score >= 50 else "fail"})')
print('=' * 20)
print('-'.join(str(n) for n in range(10, 0, -2)))
lines = ['line %d' % i for i in range(3)]
print('\n'.join(lines))
print(''.join(reversed('stressed')))
words = ['a', 'list', 'of', 'words']
print(' '.join(w.upper() if len(w) > 2 else w for w in words))
print('%s' % 'x' * 3, '%s' % ('x' * 3))
