# eval/exec with explicit globals/locals dictionaries and compile().
print(eval('1 + 2 * 3'), eval('[x * x for x in range(4)]'), eval('"abc".upper()'))
env = {'a': 10, 'b': 3}
print(eval('a // b + a % b', env))
ns = {}
exec('def f(x):\n    return x * 2\ny = f(21)', ns)
print(ns['y'], ns['f'](5))
code = compile('z = q + 1', '<string>', 'exec')
scope = {'q': 41}
exec(code, scope)
print(scope['z'])
expr = compile('n * (n + 1) // 2', '<expr>', 'eval')
print([eval(expr, {'n': n}) for n in range(6)])
src = '''
class Shape:
    sides = 0
class Square(Shape):
    sides = 4
result = Square.sides + Shape.sides
'''
g = {}
exec(src, g)
print(g['result'], sorted(k for k in g if not k.startswith('__')))
for bad in ['1 +', 'def', '(']:
    try:
        eval(bad)
    except SyntaxError:
        print('SyntaxError for %r' % bad)
try:
    eval('undefined_thing', {})
except NameError:
    print('NameError in eval')
counter = {'n': 0}
for _ in range(3):
    exec('n += 1', counter)
print(counter['n'])
