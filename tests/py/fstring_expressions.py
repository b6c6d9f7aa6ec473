# f-strings containing calls, methods, subscripts, arithmetic and conditional expressions.
class P:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
    def label(self, sep='/'):
        return sep.join(self.tags)
p = P('widget', ['a', 'b', 'c'])
data = {'x': [10, 20, 30], 'y': {'z': 'deep'}}
n = 7
print(f'{p.name.upper()}: {p.label()} {p.label("+")} {len(p.tags)} tags')
print(f"{data['x'][1] + data['x'][-1]} {data['y']['z'].upper()}")
print(f'{n * 2 + 1} {n ** 2} {n // 2} {n % 3} {-n} {~n} {n << 2} {n > 5 and n < 10}')
print(f'{"even" if n % 2 == 0 else "odd"} {[i * n for i in range(3)]} {(n, n + 1)}')
neg = lambda v: -v
print(f'{sum(data["x"])} {max(data["x"], key=neg)} {sorted(data)}')
print(f'{str(n).rjust(4) if hasattr(str, "rjust") else "   " + str(n)}|')
width = 12
for item, price in (('coffee', 3.5), ('sandwich', 7.25), ('cake', 4.0)):
    print(f'{item:<{width}}{price:>8.2f}')
print(f'{n!r}{"|"}{p.name!s:>10}{"|"}')
print(f'{{{n}}} {{n}} {"{}"}')
values = [1.5, 2.25, 3.14]
print(f'{", ".join(f"{v:.2f}" for v in values)}')
print(f'{len(f"{n}{n}")}', f'{p.tags[0]}{p.tags[-1]}')
