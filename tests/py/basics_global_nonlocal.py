# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print('counter', counter)
def make_global():
    global created
    created = 'made inside'
make_global()
print(created)
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed by inner'
    inner()
    return x
print(outer())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_only():
    return counter * 10
print(read_only())
def level1():
    v = 1
    def level2():
        nonlocal v
        v += 10
        def level3():
            nonlocal v
            v += 100
        level3()
    level2()
    return v
print(level1())
def global_in_nested():
    def g():
        global counter
        counter = -1
    g()
global_in_nested()
print('counter', counter)
def unbound():
    try:
        print(zz)
    except NameError:
        print('zz not defined')
    zz = 1
    return zz
try:
    unbound()
except NameError as e:
    print('error type', type(e).__name__)
