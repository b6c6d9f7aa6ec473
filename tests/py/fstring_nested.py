# Nested f-strings and f-strings in various contexts.
rows = [('apple', 3, 1.25), ('kiwi', 12, 0.5), ('watermelon', 1, 4.0)]
width = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print(f'{name:<{width}} x{qty:>3} @ {price:6.2f} = {qty * price:7.2f}')
total = sum(q * p for _, q, p in rows)
print(f'{"TOTAL":<{width}} {"":>4}   {"":>6}   {total:7.2f}')
def table(data, cols):
    header = ' | '.join(f'{c:^8}' for c in cols)
    lines = [header, '-' * len(header)]
    for row in data:
        lines.append(' | '.join(f'{v!s:>8}' for v in row))
    return '\n'.join(lines)
print(table([(1, 'a', None), (22, 'bb', True)], ['num', 'str', 'obj']))
x = 5
print(f'{f"{x * 2}"} {f"{x!r:>3}"}')
print(f'{", ".join(f"{i}^2={i * i}" for i in range(4))}')
fmt = '.3f'
print(f'{2 / 3:{fmt}}')
def label(v):
    return f'<{v}>'
print(f'{label(label(x))}')
d = {'a': [1, {'b': 'deep'}]}
print(f"{d['a'][1]['b']!r}")
