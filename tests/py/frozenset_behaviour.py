# frozenset: immutable, hashable, mixes with set in operators; result types follow the left side.
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
for r in [f | {4}, {4} | f, {1, 2, 3, 4} & f, f - {1}, {9} - f, f ^ {1, 9}, f.union([7]), f.copy()]:
    print(type(r).__name__, sorted(r))
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint([5]), f.difference([1], ) == {2, 3})
for m in ['add', 'remove', 'discard', 'pop', 'clear', 'update']:
    print(m, hasattr(f, m))
d = {frozenset([1, 2]): 'a', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()], frozenset([1, 2]) in d)
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), sorted(sorted(x) for x in nested))
print(frozenset(), frozenset('') == frozenset(), frozenset(range(3)) == frozenset([0, 1, 2]))
g = f
g |= {10}
print(sorted(g), sorted(f), g is f, type(g).__name__)
s = {1}
t = s
t |= {2}
print(t is s, sorted(s))
print(sorted({frozenset('ab'), frozenset('ba'), frozenset('c')}, key=sorted) == [frozenset('ab'), frozenset('c')])
