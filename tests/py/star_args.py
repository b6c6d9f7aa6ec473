# *args and **kwargs in calls and definitions, keyword-only arguments.
def f(a, b, *args, c=10, **kw):
    return a, b, args, c, sorted(kw.items())
print(f(1, 2))
print(f(1, 2, 3, 4, c=5, d=6, e=7))
print(f(*[1, 2, 3]))
print(f(*(1,), *[2, 3], **{'c': 0}, z=1))
print(f(1, *'xy', **{'k': 'v'}))
def kwonly(*, x, y=2):
    return x + y
print(kwonly(x=1), kwonly(y=5, x=1))
try:
    kwonly(1)
except TypeError:
    print('positional to kw-only: TypeError')
try:
    kwonly()
except TypeError:
    print('missing kw-only: TypeError')
def after_varargs(*items, sep='-'):
    return sep.join(items)
print(after_varargs('a', 'b', 'c'), after_varargs('a', 'b', sep='+'))
def collect(**kw):
    return sorted(kw.items())
print(collect(), collect(a=1), collect(**{'b': 2, 'a': 1}))
args = (1, 2)
kwargs = {'c': 3}
print(f(*args, **kwargs))
def passthrough(*a, **k):
    return f(*a, **k)
print(passthrough(9, 8, 7, c=6, q=5))
print(max(*[3, 9, 2]), min(*'zyx'), print(*['a', 'b'], sep='|'))
def defaults_and_star(a, b=2, *rest):
    return a, b, rest
print(defaults_and_star(1), defaults_and_star(1, 3, 5, 7))
try:
    f(1, 2, a=3)
except TypeError:
    print('multiple values for a: TypeError')
print('{a}{b}'.format(**{'a': 'x', 'b': 'y'}), dict(**{'k': 1}))
