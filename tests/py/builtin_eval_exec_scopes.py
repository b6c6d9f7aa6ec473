# eval/exec/compile: namespaces, what each accepts, values returned and errors raised.
g = {'x': 2}
l = {'x': 30, 'y': 4}
x = 'module x'
print(eval('x'), eval('x', g), eval('x', g, l), eval('x * y', g, l), eval('len(s)', {'s': 'abc'}))
print(eval('1 + 2 '), eval('1 # comment'), eval('(1,\n 2)'), eval('1, 2'), eval("'''a\nb'''"), eval('[i for i in range(3)]'))
r = exec('a = 5\nb = a * 2', g)
print(r, g['a'], g['b'], 'a' in globals())
exec('c = x + 1', g, l)
print(l['c'], 'c' in g)
ns = {}
exec('def double(v):\n    return 2 * v\nclass K:\n    attr = double(21)\n', ns)
print(ns['double'](4), ns['K'].attr, sorted(k for k in ns if not k.startswith('__')))
for src in ['1 +', '1; 2', 'x = 1', 'if 1: pass', '', '1) + (2', "1); print('no'); (2"]:
    try:
        eval(src)
        print('evaluated', repr(src))
    except SyntaxError:
        print('SyntaxError eval', repr(src))
for src in ['def', 'x = = 1', 'for']:
    try:
        exec(src)
        print('executed', repr(src))
    except SyntaxError:
        print('SyntaxError exec', repr(src))
for src, mode in [('1 +', 'eval'), ('x = 1', 'eval'), ('x = = 1', 'exec'), ('1 + 1', 'eval'), ('y = 2', 'exec')]:
    try:
        compile(src, '<test>', mode)
        print('compiled', repr(src), mode)
    except SyntaxError:
        print('SyntaxError compile', repr(src), mode)
code = compile('total = sum(range(n))', '<c>', 'exec')
for n in (3, 10):
    env = {'n': n}
    exec(code, env)
    print(env['total'])
expr = compile('n ** 2', '<c>', 'eval')
print([eval(expr, {'n': n}) for n in range(5)])
for src, exc in [('1 / 0', ZeroDivisionError), ('undefined_name', NameError), ("{}['k']", KeyError), ('int("x")', ValueError)]:
    try:
        eval(src, {})
    except exc as e:
        print(type(e).__name__, 'from', src)
def inner():
    local_var = 7
    return eval('local_var + 1') if False else eval('gv', {'gv': local_var})
print(inner())
