# dict methods (outputs sorted where order could differ).
d = {'a': 1, 'b': 2}
d['c'] = 3
print(sorted(d.items()), len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(d.setdefault('a', 99), d.setdefault('n', []), sorted(d))
d['n'].append('x')
print(d['n'])
print(d.pop('n'), d.pop('zz', 'default'), sorted(d.keys()))
try:
    d.pop('zz')
except KeyError:
    print('pop missing raises KeyError')
d.update({'x': 10})
d.update(y=20)
d.update([('z', 30)])
print(sorted(d.items()))
k, v = {'only': 'one'}.popitem()
print(k, v, d.pop('z'), len(d))
print(sorted(d.values()), sorted(d.keys()))
e = d.copy()
e['new'] = 1
print(len(d), len(e))
e.clear()
print(e, len(e))
print(sorted(dict.fromkeys('abc').items()), sorted(dict.fromkeys([1, 2], 'v').items()))
print(dict(a=1, b=2) == {'b': 2, 'a': 1}, dict([('k', 'v')]), dict(zip('xy', (1, 2))) == {'x': 1, 'y': 2})
print(dict({'a': 1}, b=2) == {'a': 1, 'b': 2})
keys = d.keys()
vals = d.values()
items = d.items()
d['late'] = 0
print('late' in keys, 0 in vals, ('late', 0) in items, len(keys))
print(sorted(k for k in d), sorted(d))
try:
    {}['missing']
except KeyError as ex:
    print('KeyError', ex.args)
