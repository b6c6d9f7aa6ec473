# Shallow vs deep copies of nested lists, aliasing pitfalls.
def deepcopy(x):
    if isinstance(x, list):
        return [deepcopy(v) for v in x]
    if isinstance(x, dict):
        return {k: deepcopy(v) for k, v in x.items()}
    return x
orig = [[1, 2], [3, 4], {'k': [5]}]
shallow = orig[:]
also_shallow = list(orig)
copied = orig.copy()
deep = deepcopy(orig)
orig[0].append(99)
orig[2]['k'].append(6)
orig.append('new')
print(shallow)
print(also_shallow)
print(copied)
print(deep)
print(orig)
print(shallow[0] is orig[0], deep[0] is orig[0], shallow is orig)
grid = [[0] * 3 for _ in range(3)]
alias_grid = [[0] * 3] * 3
grid[0][0] = 1
alias_grid[0][0] = 1
print(grid)
print(alias_grid)
print([id(r) == id(alias_grid[0]) for r in alias_grid])
row = [0, 0]
table = [row, row]
table[0][1] = 'x'
print(table, row)
