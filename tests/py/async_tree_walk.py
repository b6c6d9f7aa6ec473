# Recursive coroutines walking a tree, interleaved by a tiny round-robin scheduler.
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
TREE = ('root', [('a', [('a1', []), ('a2', [('a2x', [])])]), ('b', []), ('c', [('c1', [])])])
visits = []
async def walk(node, depth, tag):
    name, kids = node
    visits.append('%s:%s%s' % (tag, '  ' * depth, name))
    await Yield()
    total = 1
    for k in kids:
        total += await walk(k, depth + 1, tag)
    return total
async def sum_depths(node, depth=0):
    name, kids = node
    await Yield()
    s = depth
    for k in kids:
        s += await sum_depths(k, depth + 1)
    return s
def run(coros):
    tasks = list(enumerate(coros))
    results = {}
    while tasks:
        i, c = tasks.pop(0)
        try:
            c.send(None)
            tasks.append((i, c))
        except StopIteration as e:
            results[i] = e.value
    return [results[i] for i in sorted(results)]
print(run([walk(TREE, 0, 'X'), walk(TREE[1][0], 0, 'Y'), sum_depths(TREE)]))
for v in visits:
    print(v)
