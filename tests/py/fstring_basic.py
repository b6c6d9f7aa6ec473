# f-strings: expressions, conversions, nesting, quotes and braces.
name = 'World'
n = 42
items = [1, 2, 3]
d = {'key': 'value', 'n': 7}
print(f'Hello, {name}!')
print(f'{n} + 1 = {n + 1}, squared {n * n}')
print(f'{name!r} {name!s} {items!r}')
print(f'{items[0]} {items[-1]} {len(items)} {sum(items)}')
print(f"{d['key']} {d['n'] * 2}")
print(f'{{literal braces}} {{{n}}}')
print(f'{"nested quotes"} {name.upper()} {name[:3]}')
print(f'{n if n > 40 else -n} {[x * 2 for x in items]}')
print(f'multi' f'{n}' 'plain' f'{name}')
print(f'''triple {name}
second line {n}''')
print(rf'raw \n {name}', fr'also raw \t {n}')
obj = type('O', (), {'attr': 'A', 'meth': lambda self: 'M'})()
print(f'{obj.attr} {obj.meth()}')
print(f'{1 + 2}{3 * 4}{"x" * 3}')
print(f'{n:d} {n:5d}| {n:<5d}| {n:^5d}| {n:05d}')
print(f'{3.14159:.2f} {2.5:8.3f}| {-1.5:+.1f}')
print(f'{name:>10}|{name:<10}|{name:^11}|')
print(f'{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#b}')
w, p = 10, 3
print(f'{3.14159:{w}.{p}f}|{name:>{w}}|')
print(f'{n!r:>6}|{name!r:<9}|')
print(f'{"a" "b"}', f'{ n }', f'{n  +  1}')
print(f'{True} {None} {3 > 2}')
