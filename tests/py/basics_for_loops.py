# Various for-loop targets and iterables.
for i in range(3):
    print('range', i)
for c in 'abc':
    print('char', c)
for k, v in sorted({'x': 1, 'y': 2}.items()):
    print('item', k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print('nested', i, a, b)
for a, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print('star', a, rest)
lst = [1, 2, 3]
for x in lst:
    pass
print('last x', x)
class Obj:
    pass
o = Obj()
for o.attr in range(3):
    pass
print('attr target', o.attr)
d = {}
for d['k'] in 'xyz':
    pass
print('subscr target', d)
total = 0
for i in range(10, 0, -3):
    total += i
print('total', total)
for b in b'AB':
    print('byte', b)
for x in reversed([1, 2, 3]):
    print('rev', x)
for i in range(2):
    for j in range(2):
        for k in range(2):
            print(i, j, k, end=' | ')
print()
it = iter([10, 20, 30])
for v in it:
    print('iter', v)
    if v == 10:
        print('skip', next(it))
