# Nested and starred unpacking in assignments, for loops and function arguments.
record = ('ann', (31, 'oslo'), ['py', 'rust', 'c'])
name, (age, city), (first_lang, *other_langs) = record
print(name, age, city, first_lang, other_langs)
rows = [(1, ('a', 'b')), (2, ('c', 'd'))]
for n, (x, y) in rows:
    print(n, x + y)
for i, (k, *vs) in enumerate([('p', 1, 2), ('q',)]):
    print(i, k, vs)
(a, b), (c, *d) = 'xy', range(4)
print(a, b, c, d)
head, *body, tail = [[1, 2], [3], [4, 5, 6], [7]]
print(head, body, tail)
def f(a, b, *rest):
    return a, b, rest
args = [[1, 2], [3, 4, 5]]
print(f(*args[0], *args[1]), f(*args), f(*'abc'))
matrix = [[1, 2, 3], [4, 5, 6]]
(r0c0, *_), (*_, r1c2) = matrix
print(r0c0, r1c2)
first, second, *_ = sorted({5, 3, 9, 1})
print(first, second)
pairs = {'a': (1, 2), 'b': (3, 4)}
for key, (lo, hi) in sorted(pairs.items()):
    print(key, hi - lo)
