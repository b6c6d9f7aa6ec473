# Topological sorting (Kahn and DFS) and cycle detection for build dependencies.
deps = {
    'app': ['lib', 'utils', 'config'],
    'lib': ['core', 'utils'],
    'utils': ['core'],
    'config': [],
    'core': [],
    'tests': ['app', 'mock'],
    'mock': ['core'],
}
def kahn(graph):
    indeg = {n: 0 for n in graph}
    for n, ds in graph.items():
        for d in ds:
            indeg[n] += 1
    users = {n: [] for n in graph}
    for n, ds in graph.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n in graph if indeg[n] == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(graph):
        raise ValueError('cycle among %s' % sorted(n for n in graph if indeg[n] > 0))
    return order
def dfs_order(graph):
    state = {}
    order = []
    def visit(n, path):
        if state.get(n) == 'done':
            return
        if state.get(n) == 'active':
            raise ValueError('cycle: ' + ' -> '.join(path + [n]))
        state[n] = 'active'
        for d in sorted(graph[n]):
            visit(d, path + [n])
        state[n] = 'done'
        order.append(n)
    for n in sorted(graph):
        visit(n, [])
    return order
print(kahn(deps))
print(dfs_order(deps))
cyclic = dict(deps)
cyclic['core'] = ['app']
for fn in (kahn, dfs_order):
    try:
        fn(cyclic)
    except ValueError as e:
        print('ValueError:', e)
def levels(graph):
    lvl = {}
    for n in kahn(graph):
        lvl[n] = 1 + max([lvl[d] for d in graph[n]] or [-1])
    out = {}
    for n, l in lvl.items():
        out.setdefault(l, []).append(n)
    return [sorted(out[k]) for k in sorted(out)]
print(levels(deps))
