# Nested function definitions and functions as values.
def outer(n):
    def double(x):
        return 2 * x
    def apply(fn, v):
        return fn(v)
    return apply(double, n) + apply(lambda q: q + 1, n)
print(outer(5))
def make_ops():
    ops = {}
    def reg(name):
        def deco(f):
            ops[name] = f
            return f
        return deco
    @reg('add')
    def _add(a, b):
        return a + b
    @reg('mul')
    def _mul(a, b):
        return a * b
    return ops
ops = make_ops()
print(sorted(ops), ops['add'](2, 3), ops['mul'](2, 3))
funcs = [abs, str, len]
print([f(-3) if f is not len else f('abc') for f in funcs])
def counter_factory():
    def counter(start):
        def step():
            nonlocal start
            start += 1
            return start
        return step
    return counter
s = counter_factory()(10)
print(s(), s(), s())
def recursive_inner(n):
    def go(k):
        return 0 if k == 0 else k + go(k - 1)
    return go(n)
print(recursive_inner(10))
table = {'sq': lambda x: x * x, 'neg': lambda x: -x}
print([table[k](4) for k in sorted(table)])
