# Native functions creating and using closures, lambdas and nonlocal state.
import micropython

@micropython.native
def make_counter(start):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

@micropython.native
def make_adders(k):
    return [lambda x, i=i: x + i * k for i in range(4)]

def outer_bc(base):
    @micropython.native
    def inner(v):
        return base * v
    return inner

@micropython.native
def apply_twice(fn, v):
    return fn(fn(v))

c = make_counter(10)
print(c(), c(5), c())
print([f(100) for f in make_adders(3)])
triple = outer_bc(3)
print(triple(7), apply_twice(triple, 2), apply_twice(lambda s: s + '!', 'hey'))
