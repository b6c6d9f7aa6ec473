# f-string fields holding many kinds of expressions, conversions and self-documenting '='.
n, x, s, items = 42, 3.5, 'str', [3, 1, 2]
d = {'k': 'v', 'n': 7}
print(f'{n} {n + 1} {n * 2 - 1} {n // 5} {n % 5} {-n} {n ** 2} {n > 40} {not n}')
print(f'{s} {s!r} {s!s} {s.upper()} {s[1:]} {s * 2} {len(s)} {s[1]}')
print(f'{items} {sorted(items)} {items[0]} {items[-1]} {[i * i for i in items]} {sum(items)}')
print(f"{d['k']} {d['n'] + 1} {len(d)} {list(d)}")
print(f'{x} {x:.2f} {x * 2:g} {int(x)} {round(x)} {x!r}')
print(f'{n=} {x * 2=} {n=:>6} {s=!r}')
print(f'{"dq"} {{braces}} {{{n}}} {n}{n}{n}')
print(f'{n if n > 10 else -n} {s or "empty"} {"" or "fallback"} {None}')
w, p = 10, 2
print(f'[{x:{w}.{p}f}] [{s:^{w}}] [{n:0{w}d}] [{n:#{w}x}]')
print(f'{n:b}' f'{n:o}' 'plain' f'{n:x}', f'{n}' + f'{s}', ''.join(f'{i}' for i in range(4)))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
    def __str__(self):
        return '(%d, %d)' % (self.x, self.y)
pt = Point(1, 2)
print(f'{pt} {pt!r} {pt!s} {pt.x + pt.y} {[pt]}')
def fmt(v, spec):
    return f'{v:{spec}}'
print(fmt(255, 'x'), fmt(255, '08b'), fmt('t', '>4'), fmt(2.5, '.3e'), fmt(-7, '+05d'))
