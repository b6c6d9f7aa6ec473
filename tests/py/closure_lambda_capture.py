# Lambdas capturing enclosing variables in comprehensions and sorting keys.
def sort_by(field, reverse=False):
    return lambda rows: sorted(rows, key=lambda r: r[field], reverse=reverse)
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 3}, {'n': 'c', 'v': 1}]
print([r['n'] for r in sort_by('v')(rows)])
print([r['n'] for r in sort_by('n', True)(rows)])
def multipliers():
    return [lambda x, m=m: x * m for m in range(1, 4)]
print([f(10) for f in multipliers()])
base = 7
adders = {name: (lambda off: lambda x: x + base + off)(off) for name, off in [('a', 1), ('b', 2)]}
print(sorted((k, f(0)) for k, f in adders.items()))
base = 100
print(adders['a'](0))
def outer(n):
    return [[(lambda: i * j) for j in range(n)] for i in range(n)]
grid = outer(3)
print([[f() for f in row] for row in grid])
def outer2(n):
    return [[(lambda i=i, j=j: i * j) for j in range(n)] for i in range(n)]
print([[f() for f in row] for row in outer2(3)])
