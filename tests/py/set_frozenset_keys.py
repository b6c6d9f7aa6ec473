# frozensets as dict keys and set members; sets of tuples for relations.
edges = {frozenset(('a', 'b')): 3, frozenset(('b', 'c')): 5, frozenset(('a', 'c')): 9}
print(edges[frozenset(('b', 'a'))], frozenset(('c', 'b')) in edges, len(edges))
families = {frozenset(['x', 'y']), frozenset(['y', 'x']), frozenset(['z'])}
print(len(families), sorted(sorted(f) for f in families))
rel = {(1, 2), (2, 3), (3, 4)}
def transitive_closure(r):
    closure = set(r)
    while True:
        new = {(a, d) for (a, b) in closure for (c, d) in closure if b == c}
        if new <= closure:
            return closure
        closure |= new
print(sorted(transitive_closure(rel)))
symmetric = rel | {(b, a) for (a, b) in rel}
print(sorted(symmetric))
fs = frozenset(range(5))
print(sorted(fs - {0, 1}), sorted(fs & frozenset([3, 4, 5])), fs.issuperset({1, 2}), hash(fs) == hash(frozenset(range(5))))
powerset = [frozenset(x for i, x in enumerate('abc') if m >> i & 1) for m in range(8)]
print(sorted(sorted(p) for p in powerset))
print({frozenset(): 'empty'}[frozenset([])])
