# Closures: cells shared between functions, nonlocal rebinding, loop-variable capture, nesting.
def make_pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = make_pair()
get2, put2 = make_pair()
put(5)
print(get(), get2(), put2(7), get(), get2())
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2(), c1())
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    x = 'changed before call'
    return middle()
print(outer()())
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = accumulate()
add('a')
add('b')
print(items)
def late_binding():
    funcs = []
    for name in ['a', 'b']:
        def f():
            return name
        funcs.append(f)
    return [f() for f in funcs]
print(late_binding())
def nonlocal_chain():
    a = 1
    def level1():
        def level2():
            nonlocal a
            a += 10
            return a
        return level2()
    level1()
    level1()
    return a
print(nonlocal_chain())
def closure_over_param(p):
    return lambda q: p * q
double = closure_over_param(2)
print(double(21), closure_over_param('ab')(3))
def shadow():
    x = 'local'
    def f():
        x = 'inner local'
        return x
    return f(), x
print(shadow())
