"""Priority queues and graph algorithms built on them.

BinaryHeap (min-heap with custom key), IndexedHeap with decrease-key,
heap sort, k-way merge, Dijkstra's shortest paths, Prim's minimum spanning
tree, A* on a grid, and a top-k frequent-words helper.
"""


class BinaryHeap:
    def __init__(self, items=(), key=None):
        self.key = key or (lambda x: x)
        self.data = list(items)
        for i in range(len(self.data) // 2 - 1, -1, -1):
            self._sift_down(i)

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def _less(self, i, j):
        return self.key(self.data[i]) < self.key(self.data[j])

    def _sift_up(self, i):
        while i > 0:
            p = (i - 1) >> 1
            if self._less(i, p):
                self.data[i], self.data[p] = self.data[p], self.data[i]
                i = p
            else:
                break

    def _sift_down(self, i):
        n = len(self.data)
        while True:
            l = 2 * i + 1
            r = l + 1
            m = i
            if l < n and self._less(l, m):
                m = l
            if r < n and self._less(r, m):
                m = r
            if m == i:
                return
            self.data[i], self.data[m] = self.data[m], self.data[i]
            i = m

    def push(self, item):
        self.data.append(item)
        self._sift_up(len(self.data) - 1)

    def pop(self):
        if not self.data:
            raise IndexError('pop from empty heap')
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            self._sift_down(0)
        return top

    def peek(self):
        if not self.data:
            raise IndexError('peek at empty heap')
        return self.data[0]

    def pushpop(self, item):
        if self.data and self.key(self.data[0]) < self.key(item):
            item, self.data[0] = self.data[0], item
            self._sift_down(0)
        return item

    def is_valid(self):
        n = len(self.data)
        return all(not self._less(c, (c - 1) >> 1) for c in range(1, n))


class IndexedHeap:
    """Min-heap of (priority, item) supporting decrease_key by item."""

    def __init__(self):
        self.heap = []
        self.pos = {}

    def __len__(self):
        return len(self.heap)

    def __contains__(self, item):
        return item in self.pos

    def _swap(self, i, j):
        h = self.heap
        h[i], h[j] = h[j], h[i]
        self.pos[h[i][1]] = i
        self.pos[h[j][1]] = j

    def _up(self, i):
        while i > 0:
            p = (i - 1) // 2
            if self.heap[i] < self.heap[p]:
                self._swap(i, p)
                i = p
            else:
                break

    def _down(self, i):
        n = len(self.heap)
        while True:
            c = 2 * i + 1
            if c >= n:
                return
            if c + 1 < n and self.heap[c + 1] < self.heap[c]:
                c += 1
            if self.heap[c] < self.heap[i]:
                self._swap(c, i)
                i = c
            else:
                return

    def push(self, prio, item):
        if item in self.pos:
            raise KeyError('duplicate item %r' % (item,))
        self.heap.append((prio, item))
        self.pos[item] = len(self.heap) - 1
        self._up(len(self.heap) - 1)

    def decrease_key(self, item, prio):
        i = self.pos[item]
        if prio > self.heap[i][0]:
            raise ValueError('new priority is larger')
        self.heap[i] = (prio, item)
        self._up(i)

    def pop(self):
        self._swap(0, len(self.heap) - 1)
        prio, item = self.heap.pop()
        del self.pos[item]
        if self.heap:
            self._down(0)
        return prio, item


def heap_sort(items, key=None, reverse=False):
    h = BinaryHeap(items, key)
    out = [h.pop() for _ in range(len(h))]
    return out[::-1] if reverse else out


def kway_merge(*lists):
    h = BinaryHeap(key=lambda e: (e[0], e[1]))
    for idx, lst in enumerate(lists):
        if lst:
            h.push((lst[0], idx, 0))
    out = []
    while h:
        v, idx, pos = h.pop()
        out.append(v)
        if pos + 1 < len(lists[idx]):
            h.push((lists[idx][pos + 1], idx, pos + 1))
    return out


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    pq = IndexedHeap()
    pq.push(0, source)
    done = set()
    while len(pq):
        d, u = pq.pop()
        done.add(u)
        for v, w in graph.get(u, ()):
            if v in done:
                continue
            nd = d + w
            if v not in dist:
                dist[v] = nd
                prev[v] = u
                pq.push(nd, v)
            elif nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                pq.decrease_key(v, nd)
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def prim(graph, start):
    seen = {start}
    h = BinaryHeap(key=lambda e: (e[0], e[1], e[2]))
    for v, w in graph[start]:
        h.push((w, start, v))
    tree = []
    while h and len(seen) < len(graph):
        w, u, v = h.pop()
        if v in seen:
            continue
        seen.add(v)
        tree.append((u, v, w))
        for x, wx in graph[v]:
            if x not in seen:
                h.push((wx, v, x))
    return tree


def astar(grid, start, goal):
    rows, cols = len(grid), len(grid[0])

    def h(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_heap = BinaryHeap(key=lambda e: (e[0], e[1], e[2]))
    open_heap.push((h(start), 0, start))
    g = {start: 0}
    came = {}
    expanded = 0
    while open_heap:
        f, cost, cur = open_heap.pop()
        if cost > g.get(cur, cost):
            continue
        expanded += 1
        if cur == goal:
            path = [cur]
            while path[-1] in came:
                path.append(came[path[-1]])
            return path[::-1], expanded
        r, c = cur
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#':
                nxt = (nr, nc)
                nc_cost = cost + 1
                if nc_cost < g.get(nxt, 10 ** 9):
                    g[nxt] = nc_cost
                    came[nxt] = cur
                    open_heap.push((nc_cost + h(nxt), nc_cost, nxt))
    return None, expanded


def top_k_words(text, k):
    counts = {}
    for w in text.lower().split():
        w = w.strip('.,;!?')
        if w:
            counts[w] = counts.get(w, 0) + 1
    h = BinaryHeap(key=lambda e: (e[0], [-ord(ch) for ch in e[1]]))
    for w, c in counts.items():
        if len(h) < k:
            h.push((c, w))
        else:
            h.pushpop((c, w))
    return sorted(h.data, key=lambda e: (-e[0], e[1]))


def self_test():
    h = BinaryHeap([5, 3, 8, 1, 9, 2, 7])
    print(h.is_valid(), h.peek(), len(h))
    h.push(0)
    h.push(6)
    print([h.pop() for _ in range(5)], h.is_valid(), len(h))
    print(h.pushpop(4), h.pushpop(100), sorted(h.data))
    try:
        BinaryHeap().pop()
    except IndexError as e:
        print('IndexError:', e)
    print(heap_sort([9, -1, 4, 4, 0, 12, 3]), heap_sort('heapsort', reverse=True))
    print(heap_sort([('b', 2), ('a', 3), ('c', 1)], key=lambda p: p[1]))
    print(kway_merge([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
    graph = {
        'A': [('B', 4), ('C', 2)],
        'B': [('C', 5), ('D', 10)],
        'C': [('E', 3)],
        'D': [('F', 11)],
        'E': [('D', 4)],
        'F': [],
    }
    dist, prev = dijkstra(graph, 'A')
    print(sorted(dist.items()))
    print(path_to(prev, 'F'), path_to(prev, 'D'), path_to(prev, 'A'))
    ug = {}
    for u, v, w in [('a', 'b', 7), ('a', 'd', 5), ('b', 'c', 8), ('b', 'd', 9), ('b', 'e', 7),
                    ('c', 'e', 5), ('d', 'e', 15), ('d', 'f', 6), ('e', 'f', 8), ('e', 'g', 9), ('f', 'g', 11)]:
        ug.setdefault(u, []).append((v, w))
        ug.setdefault(v, []).append((u, w))
    mst = prim(ug, 'a')
    print(mst, sum(w for _, _, w in mst))
    grid = [
        '..........',
        '.######...',
        '......#...',
        '.####.#.#.',
        '......#.#.',
        '.######.#.',
        '........#.',
    ]
    path, expanded = astar(grid, (0, 0), (6, 9))
    print(len(path) - 1, path[:4], path[-3:], expanded > 0)
    print(astar(['.#.', '.#.', '.#.'], (0, 0), (0, 2)))
    ih = IndexedHeap()
    for prio, item in [(5, 'x'), (3, 'y'), (8, 'z')]:
        ih.push(prio, item)
    ih.decrease_key('z', 1)
    print([ih.pop() for _ in range(3)])
    try:
        ih.push(1, 'q')
        ih.push(2, 'q')
    except KeyError as e:
        print('KeyError', e.args)
    text = 'the quick brown fox jumps over the lazy dog; the dog barks, the fox runs. A quick fox!'
    print(top_k_words(text, 3))


self_test()
