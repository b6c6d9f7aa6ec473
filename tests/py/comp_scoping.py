# Comprehension scoping: loop variables don't leak; closures over class and function scope.
x = 'outer'
print([x for x in range(3)], x)
print({x for x in 'ab'} == {'a', 'b'}, x)
print({x: 1 for x in 'k'}, x)
print(list(x for x in (7,)), x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    n = 3
    return [[n * i + j for j in range(n)] for i in range(n)]
print(g())
class C:
    factor = 3
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
def h():
    items = []
    fs = [lambda: i for i in range(3)]
    return [fn() for fn in fs]
print(h())
def first_iter_evaluated_in_enclosing_scope():
    data = [1, 2, 3]
    return [d * 2 for d in data]
print(first_iter_evaluated_in_enclosing_scope())
def nonlocal_in_comp():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(i) for i in range(5)], total
print(nonlocal_in_comp())
i = 'unchanged'
[i for i in range(5)]
print(i)
