# Comprehension scopes: the loop variable stays inside, the first iterable is evaluated outside.
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
st = {x * 2 for x in 'ab'}
gen = list(x for x in (1, 2))
dct = {x: 1 for x in [9]}
print(x, sorted(st), gen, dct)
class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    total = sum(values)
print(Holder.doubled, Holder.total)
def uses_enclosing():
    factor = 3
    return [factor * n for n in range(3)], {n: factor for n in 'ab'}
print(uses_enclosing())
n = 10
nested = [[n * m for m in range(2)] for n in range(3)]
print(nested, n)
matrix = [[1, 2], [3, 4]]
flat = [v for row in matrix for v in row if v != 2]
print(flat)
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs = [(lambda k=k: k) for k in range(3)]
print([f() for f in funcs])
def gen_late():
    items = [1, 2]
    g = (i * 10 for i in items)
    items.append(3)
    return list(g)
print(gen_late())
def first_iter_eagerly():
    seq = [1, 2]
    g = (i for i in seq)
    seq = [7, 8]
    return list(g)
print(first_iter_eagerly())
y = 5
print([y for _ in range(2)], [[y + z for z in range(2)] for y in range(2)], y)
