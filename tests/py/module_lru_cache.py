"""Caching utilities: an LRU cache on a doubly linked list, an LFU cache,
a TTL cache driven by a fake clock, and a memoising decorator with stats.

The self-test exercises eviction order, hit/miss statistics, resizing,
iteration order, and the decorator on recursive functions.
"""


class Node:
    __slots__ = ('key', 'value', 'prev', 'next')

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evictions = 0
        self.on_evict = on_evict

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def peek(self, key, default=None):
        node = self.map.get(key)
        return default if node is None else node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.capacity:
            self._evict()

    def _evict(self):
        victim = self.tail.prev
        self._unlink(victim)
        del self.map[victim.key]
        self.evictions += 1
        if self.on_evict:
            self.on_evict(victim.key, victim.value)

    def delete(self, key):
        node = self.map.pop(key, None)
        if node is None:
            return False
        self._unlink(node)
        return True

    def resize(self, capacity):
        self.capacity = capacity
        while len(self.map) > capacity:
            self._evict()

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def keys(self):
        out = []
        n = self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out

    def __iter__(self):
        return iter(self.keys())

    def stats(self):
        total = self.hits + self.misses
        ratio = '%.1f%%' % (100.0 * self.hits / total) if total else 'n/a'
        return 'hits=%d misses=%d evictions=%d ratio=%s' % (self.hits, self.misses, self.evictions, ratio)


class LFUCache:
    """Least-frequently-used cache; ties broken by least recent use."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.freq = {}
        self.last = {}
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.freq[key] = self.freq.get(key, 0) + 1
        self.last[key] = self.clock

    def get(self, key, default=None):
        if key not in self.values:
            return default
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        if key not in self.values and len(self.values) >= self.capacity:
            victim = min(self.values, key=lambda k: (self.freq[k], self.last[k]))
            del self.values[victim]
            del self.freq[victim]
            del self.last[victim]
        self.values[key] = value
        self._touch(key)

    def snapshot(self):
        return sorted((k, self.freq[k]) for k in self.values)


class FakeClock:
    def __init__(self):
        self.t = 0

    def __call__(self):
        return self.t

    def advance(self, dt):
        self.t += dt


class TTLCache:
    def __init__(self, ttl, clock):
        self.ttl = ttl
        self.clock = clock
        self.data = {}

    def put(self, key, value, ttl=None):
        self.data[key] = (value, self.clock() + (self.ttl if ttl is None else ttl))

    def get(self, key, default=None):
        entry = self.data.get(key)
        if entry is None:
            return default
        value, expires = entry
        if self.clock() >= expires:
            del self.data[key]
            return default
        return value

    def purge(self):
        now = self.clock()
        dead = [k for k, (_, exp) in self.data.items() if now >= exp]
        for k in dead:
            del self.data[k]
        return sorted(dead)

    def __len__(self):
        return len(self.data)


def memoize(maxsize=128):
    def decorator(fn):
        cache = LRUCache(maxsize)
        sentinel = object()

        def wrapper(*args):
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        registry.append((fn.__name__, cache))
        return wrapper
    return decorator


registry = []


@memoize(maxsize=256)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(maxsize=4)
def slow_square(n):
    return n * n


@memoize()
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def self_test():
    evicted = []
    c = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
    for k, v in [('a', 1), ('b', 2), ('c', 3)]:
        c.put(k, v)
    print(c.keys(), len(c))
    print(c.get('a'), c.keys())
    c.put('d', 4)
    print(c.keys(), evicted, 'b' in c)
    c.put('c', 30)
    print(c.keys(), c.peek('c'), c.keys())
    print(c.get('zz', 'miss'), c.delete('a'), c.delete('a'), c.keys())
    c.put('e', 5)
    c.put('f', 6)
    print(c.keys(), evicted)
    c.resize(1)
    print(c.keys(), evicted[-2:], list(c))
    print(c.stats())
    try:
        LRUCache(0)
    except ValueError as e:
        print('ValueError:', e)
    lfu = LFUCache(3)
    for k in 'abc':
        lfu.put(k, k.upper())
    for k in 'aabcc':
        lfu.get(k)
    lfu.put('d', 'D')
    print(lfu.snapshot())
    lfu.put('e', 'E')
    print(lfu.snapshot(), lfu.get('a'), lfu.get('b'))
    clock = FakeClock()
    t = TTLCache(10, clock)
    t.put('session', 'abc')
    t.put('short', 'x', ttl=2)
    t.put('long', 'y', ttl=100)
    clock.advance(1)
    print(t.get('session'), t.get('short'), len(t))
    clock.advance(2)
    print(t.get('short', 'expired'), len(t))
    clock.advance(10)
    print(t.purge(), len(t), t.get('long'))
    # Warm the cache bottom-up so the recursion stays shallow.
    for i in range(0, 151, 5):
        fib(i)
    print(fib(100), fib(150) % 1000000007)
    print([slow_square(i % 6) for i in range(12)])
    print(edit_distance('kitten', 'sitting'), edit_distance('micropython', 'cpython'), edit_distance('', 'abc'))
    for name, cache in registry:
        print(name, len(cache), cache.stats())
    words = 'the cat sat on the mat the cat ran off the mat and the dog sat'.split()
    wc = LRUCache(4)
    misses = []
    for w in words:
        if wc.get(w) is None:
            misses.append(w)
            wc.put(w, len(w))
    print('word cache misses', misses)
    print('word cache final', wc.keys(), wc.stats())
    lfu2 = LFUCache(2)
    lfu2.put('x', 1)
    lfu2.put('y', 2)
    lfu2.get('x')
    lfu2.put('z', 3)
    print(lfu2.snapshot())
    big = LRUCache(50)
    for i in range(1000):
        big.put(i % 73, i)
        big.get((i * 7) % 73)
    print(len(big), big.keys()[:5], big.stats())


self_test()
