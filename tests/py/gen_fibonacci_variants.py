# Several generator formulations of the same sequences, checked for agreement.
def fib_iter():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def fib_recursive_gen(a=0, b=1):
    yield a
    yield from fib_recursive_gen(b, a + b)
def take(n, g):
    out = []
    for v in g:
        if len(out) == n:
            break
        out.append(v)
    return out
def fib_matrix(n):
    def mul(x, y):
        return [[x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
                [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]]]
    r = [[1, 0], [0, 1]]
    m = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            r = mul(r, m)
        m = mul(m, m)
        n >>= 1
    return r[0][1]
a = take(25, fib_iter())
b = take(25, fib_recursive_gen())
c = [fib_matrix(i) for i in range(25)]
print(a)
print(a == b == c, fib_matrix(200))
def evens_of(g):
    for v in g:
        if v % 2 == 0:
            yield v
print(take(8, evens_of(fib_iter())))
def ratios():
    g = fib_iter()
    next(g)
    prev = next(g)
    for v in g:
        yield v / prev
        prev = v
print([round(r, 6) for r in take(10, ratios())])
