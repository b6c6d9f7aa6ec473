# dict usage patterns: counting, grouping, inverting, nesting, keys of various types.
text = 'one two three two three three'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(sorted(groups.items()))
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 3}.items()}
print(sorted(inv.items()))
keys = {1: 'int', 2.5: 'float', 'two': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?', frozenset([1]): 'fs'}
print(keys[1], keys[2.5], keys['two'], keys[(1, 2)], keys[None], keys[frozenset([1])], len(keys))
print({1: 'a', 1.0: 'b'}, {0: 'x', False: 'y'})
nested = {'cfg': {'db': {'host': 'h', 'port': 5432}}}
print(nested['cfg']['db']['port'])
nested['cfg']['db']['port'] += 1
print(sorted(nested['cfg']['db'].items()))
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 3:
        del d[k]
print(sorted(d.items()))
print({} == {}, {'a': 1} == {'a': 1.0}, {'a': [1]} == {'a': [1]})
try:
    {[1]: 2}
except TypeError:
    print('unhashable list key')
big = {}
for i in range(500):
    big[i] = str(i)
for i in range(0, 500, 2):
    del big[i]
print(len(big), big[499], 250 in big, sum(big.keys()))
ordered_view = sorted(big.items())[:3]
print(ordered_view)
