# Using sets for deduplication, membership and graph algorithms.
data = [5, 3, 5, 1, 3, 9, 1, 7]
seen = set()
unique_in_order = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique_in_order.append(x)
print(unique_in_order, sorted(seen))
words1 = set('the quick brown fox'.split())
words2 = set('the lazy brown dog'.split())
print(sorted(words1 & words2), sorted(words1 - words2), sorted(words1 ^ words2))
graph = {'a': {'b', 'c'}, 'b': {'d'}, 'c': {'d', 'e'}, 'd': {'f'}, 'e': {'f'}, 'f': set(), 'g': {'a'}}
def reachable(start):
    out, todo = set(), [start]
    while todo:
        n = todo.pop()
        if n not in out:
            out.add(n)
            todo.extend(graph[n] - out)
    return out
print(sorted(reachable('a')), sorted(reachable('e')), sorted(reachable('g')))
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n in g if indeg[n] == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(g[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(topo(graph))
primes = set(range(2, 60))
for i in range(2, 8):
    primes -= set(range(i * i, 60, i))
print(sorted(primes))
