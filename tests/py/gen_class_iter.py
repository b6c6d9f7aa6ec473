# Generators as __iter__ implementations in classes.
class LinkedList:
    class Node:
        def __init__(self, v, nxt=None):
            self.v, self.nxt = v, nxt
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = LinkedList.Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt
    def reversed_iter(self):
        items = list(self)
        while items:
            yield items.pop()
    def __len__(self):
        return sum(1 for _ in self)
ll = LinkedList('abcde')
print(list(ll), len(ll), list(ll.reversed_iter()))
print([a + b for a, b in zip(ll, ll.reversed_iter())])
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for r in self.rows:
            yield from r
    def cols(self):
        for c in range(len(self.rows[0])):
            yield [row[c] for row in self.rows]
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(list(m), sum(m), list(m.cols()))
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
print(list(Range2D(3, 2)))
it1 = iter(ll)
it2 = iter(ll)
print(next(it1), next(it1), next(it2))
