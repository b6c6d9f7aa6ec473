# A binary search tree class with insertion, deletion, traversal and iteration.
class BST:
    class _Node:
        __slots__ = ('key', 'val', 'left', 'right')
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.size = 0
    def __len__(self):
        return self.size
    def __setitem__(self, key, val):
        def ins(n):
            if n is None:
                self.size += 1
                return BST._Node(key, val)
            if key < n.key:
                n.left = ins(n.left)
            elif key > n.key:
                n.right = ins(n.right)
            else:
                n.val = val
            return n
        self.root = ins(self.root)
    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __delitem__(self, key):
        def rm(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = rm(n.left, key)
            elif key > n.key:
                n.right = rm(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                s = n.right
                while s.left:
                    s = s.left
                n.key, n.val = s.key, s.val
                n.right = rm(n.right, s.key)
            return n
        self.root = rm(self.root, key)
        self.size -= 1
    def __iter__(self):
        stack = []
        n = self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def items(self):
        return [(k, self[k]) for k in self]
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(list(t), len(t), t.height(), t[35], 36 in t, 35 in t)
t[35] = 'thirty-five'
del t[30]
del t[50]
print(list(t), len(t), t.items()[:3], t.root.key)
try:
    del t[999]
except KeyError as e:
    print('KeyError', e.args)
try:
    t[1]
except KeyError:
    print('missing key 1')
words = BST()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words[w] = len(w)
print(list(words), words.height(), words['quick'])
