# Union-find with path compression and union by rank; Kruskal's MST and connected components.
class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True
d = DSU(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (0, 3)]:
    print(a, b, d.union(a, b), d.count)
groups = {}
for i in range(10):
    groups.setdefault(d.find(i), []).append(i)
print(sorted(groups.values()))
edges = [(7, 'a', 'b'), (5, 'a', 'd'), (8, 'b', 'c'), (9, 'b', 'd'), (7, 'b', 'e'), (5, 'c', 'e'),
         (15, 'd', 'e'), (6, 'd', 'f'), (8, 'e', 'f'), (9, 'e', 'g'), (11, 'f', 'g')]
names = sorted({n for _, a, b in edges for n in (a, b)})
idx = {n: i for i, n in enumerate(names)}
dsu = DSU(len(names))
mst = [(w, a, b) for w, a, b in sorted(edges) if dsu.union(idx[a], idx[b])]
print(mst, sum(w for w, _, _ in mst))
