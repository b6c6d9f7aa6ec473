# Every dict method, including error cases; output sorted where MicroPython's order could differ.
d = dict(a=1, b=2)
print(sorted(d.items()), dict([('x', 1), ('y', 2)]) == {'x': 1, 'y': 2}, dict({'k': 0}, k=5), dict(zip('ab', [1, 2])) == d)
print(dict(), dict([]), dict(**{'z': 26}), dict(d) == d, dict(d) is d, dict([[1, 2], (3, 4), 'xy']) == {1: 2, 3: 4, 'x': 'y'})
for bad in [[1], [(1, 2, 3)], 5, [('a',)]]:
    try:
        dict(bad)
        print('built', bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, bad)
f1 = dict.fromkeys(['p', 'q'])
f2 = dict.fromkeys('rs', 0)
shared = dict.fromkeys(range(3), [])
shared[0].append('x')
print(sorted(f1.items()), sorted(f2.items()), shared[2], {}.fromkeys('ab', 1) == {'a': 1, 'b': 1})
print(d.get('a'), d.get('z'), d.get('z', 'dflt'), d.setdefault('a', 9), d.setdefault('c'), d.setdefault('e', []), sorted(d))
print(d.pop('c'), d.pop('zz', 'none'), d.pop('e'), sorted(d.items()))
try:
    d.pop('zz')
except KeyError:
    print('KeyError pop')
k, v = d.popitem()
print(k in ('a', 'b'), v in (1, 2), len(d))
d.clear()
try:
    d.popitem()
except KeyError:
    print('KeyError popitem empty')
d.update({'a': 1})
d.update([('b', 2)])
d.update(c=3)
d.update({'a': 10}, d=4)
d.update()
print(sorted(d.items()))
c = d.copy()
c['new'] = {'nested': []}
c2 = c.copy()
c2['new']['nested'].append(1)
print(sorted(d), sorted(c), c['new'], c2['new'] is c['new'])
del c['new']
try:
    del c['missing']
except KeyError:
    print('KeyError del')
try:
    c['missing']
except KeyError as e:
    print('KeyError', e.args)
print(len(c), 'a' in c, 'zz' not in c, c == d, c != {'a': 10}, {1: 'a'} == {1.0: 'a'}, {} == {})
try:
    {} < {}
except TypeError:
    print('TypeError dict <')
try:
    {[1]: 2}
except TypeError:
    print('TypeError unhashable key')
