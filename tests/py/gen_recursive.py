# Recursive generators: permutations, combinations, subsets, tree walks.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
print([''.join(p) for p in permutations('abc')])
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail
print(list(combinations([1, 2, 3, 4], 2)))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3])))
class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.v
        yield from inorder(n.right)
def preorder(n):
    if n:
        yield n.v
        yield from preorder(n.left)
        yield from preorder(n.right)
t = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(t)), list(preorder(t)))
def hanoi(n, a='A', b='B', c='C'):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield a + '->' + c
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3)))
