# Lambda expressions.
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, z=3, y=4))
print((lambda: 'no args')())
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
curried = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curried(1)(2)(3))
fns = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in fns])
kwonly = lambda *, k=5: k * 2
print(kwonly(), kwonly(k=1))
print((lambda x: (lambda y: x + y))(10)(5))
cond = lambda x: 'pos' if x > 0 else ('neg' if x < 0 else 'zero')
print([cond(i) for i in (-1, 0, 1)])
print(type(sq).__name__)
