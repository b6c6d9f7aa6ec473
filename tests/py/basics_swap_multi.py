# Multiple assignment and swap idioms, evaluation order.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
order = []
def L(v):
    order.append(v)
    return v
L(1) + L(2) * L(3)
print(order)
order.clear()
[L(i) for i in range(3)]
print(order)
order.clear()
def fn(*a):
    return a
fn(L('a'), L('b'), k=L('c')) if False else fn(L('a'), L('b'))
print(order)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
a = b = []
a.append(1)
print(b)
m, n = n, m = 1, 2
print(m, n)
