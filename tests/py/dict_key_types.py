# Dict keys of many hashable types; equal values of different types find the same entry.
d = {}
keys = [0, 1, -1, 2 ** 65, 0.5, 'a', '', b'a', (), (1, 'a'), frozenset([1]), None, True, 3 + 0j, range(0) if False else 'r']
for i, k in enumerate(keys):
    d[k] = i
print(len(d), d[0], d[1], d[2 ** 65], d[0.5], d['a'], d[b'a'], d[()], d[(1, 'a')], d[frozenset([1])], d[None])
print(d[1.0], d[True], d[0.0], d[False], d[3], (1.0, 'a') in d, frozenset({1}) in d, 'a' in d, b'a' in d)
print(sorted(str(k) for k in d), d.get(2.0), d.get(2 ** 65 + 0.0), d.get((1, 'b')))
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return 'Key(%s)' % self.name
reg = {Key('Alpha'): 1}
reg[Key('ALPHA')] = 2
reg[Key('beta')] = 3
print(len(reg), reg[Key('alpha')], sorted(k.name for k in reg), Key('BETA') in reg, Key('gamma') in reg)
class Ident:
    pass
a, b = Ident(), Ident()
idd = {a: 'a', b: 'b'}
print(idd[a], idd[b], len(idd), Ident() in idd)
for bad in [[1], {'k': 1}, {1}, bytearray(b'x'), ([1],)]:
    try:
        {bad: 1}
        print('stored', type(bad).__name__)
    except TypeError:
        print('TypeError key', type(bad).__name__)
nested = {(1, (2, 3)): 'deep', ('x', frozenset('ab')): 'mixed'}
print(nested[(1, (2, 3))], nested[('x', frozenset('ba'))])
