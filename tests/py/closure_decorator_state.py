# Decorators that keep per-function state in closures.
def count_calls(fn):
    calls = 0
    def wrapper(*args, **kw):
        nonlocal calls
        calls += 1
        return fn(*args, **kw)
    def get_calls():
        return calls
    return wrapper, get_calls
def greet(name):
    return 'hi ' + name
def noop():
    pass
greet, greet_calls = count_calls(greet)
noop, noop_calls = count_calls(noop)
greet('a'); greet('b'); noop()
print(greet_calls(), noop_calls())
def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper
@once
def init(v):
    print('initialising with', v)
    return v * 2
print(init(5), init(6), init(7))
def trace(prefix):
    depth = [0]
    def deco(fn):
        def wrapper(n):
            print('%s%s%s(%d)' % (prefix, '  ' * depth[0], fn.__name__, n))
            depth[0] += 1
            r = fn(n)
            depth[0] -= 1
            return r
        return wrapper
    return deco
@trace('> ')
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
