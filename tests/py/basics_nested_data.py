# Nested data structures: building, traversing and transforming.
inventory = {
    'fruit': [{'name': 'apple', 'qty': 5, 'tags': ['red', 'sweet']},
              {'name': 'lime', 'qty': 0, 'tags': ['green', 'sour']}],
    'veg': [{'name': 'kale', 'qty': 12, 'tags': ['green']},
            {'name': 'beet', 'qty': 3, 'tags': ['red', 'earthy']}],
}
for cat in sorted(inventory):
    for item in inventory[cat]:
        print(cat, item['name'], item['qty'], '/'.join(item['tags']))
in_stock = sorted(i['name'] for items in inventory.values() for i in items if i['qty'])
print(in_stock)
by_tag = {}
for items in inventory.values():
    for i in items:
        for t in i['tags']:
            by_tag.setdefault(t, []).append(i['name'])
print(sorted((k, sorted(v)) for k, v in by_tag.items()))
def depth(x):
    if isinstance(x, dict):
        return 1 + max([depth(v) for v in x.values()] or [0])
    if isinstance(x, list):
        return 1 + max([depth(v) for v in x] or [0])
    return 0
print(depth(inventory), depth([]), depth([[[]]]), depth(5))
def flatten(x, prefix=''):
    out = {}
    if isinstance(x, dict):
        for k in x:
            out.update(flatten(x[k], prefix + k + '.'))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            out.update(flatten(v, prefix + str(i) + '.'))
    else:
        out[prefix[:-1]] = x
    return out
flat = flatten(inventory)
print(len(flat), sorted(flat.items())[:5])
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid, grid[1][2], [cell for row in grid for cell in row if sum(cell) == 2])
