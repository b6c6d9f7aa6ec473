# Memoising decorators applied to methods (per-instance caches) and to recursive functions.
def memo_method(fn):
    def wrapper(self, *args):
        cache = self.__dict__.setdefault('_cache', {}) if False else getattr(self, '_cache', None)
        if cache is None:
            cache = {}
            self._cache = cache
        key = (fn.__name__,) + args
        if key not in cache:
            cache[key] = fn(self, *args)
        return cache[key]
    return wrapper
class Grid:
    computed = 0
    def __init__(self, w, h):
        self.w, self.h = w, h
    @memo_method
    def paths(self, x, y):
        Grid.computed += 1
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)
g = Grid(10, 10)
print(g.paths(10, 10), Grid.computed)
print(g.paths(10, 10), Grid.computed)
g2 = Grid(3, 3)
print(g2.paths(3, 3), Grid.computed, len(g._cache), len(g2._cache))
def memo(fn):
    table = {}
    def wrapper(*args):
        if args not in table:
            table[args] = fn(*args)
        return table[args]
    return wrapper
@memo
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)])
