# Round-robin interleaving and zipping of generators of different lengths.
def letters(s):
    for c in s:
        yield c
def roundrobin(*gens):
    active = [iter(g) for g in gens]
    while active:
        nxt = []
        for it in active:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        active = nxt
print(''.join(roundrobin(letters('ABC'), letters('d'), letters('EFGH'))))
def zip_longest(*iters, fill=None):
    its = [iter(i) for i in iters]
    while True:
        row = []
        alive = 0
        for it in its:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest('ab', [1, 2, 3], (True,), fill='-')))
def chunked(it, n):
    it = iter(it)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                break
        if not chunk:
            return
        yield chunk
print(list(chunked(range(11), 4)))
def interleave_sorted(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
print(list(interleave_sorted([1, 4, 9, 10], [2, 3, 11])))
def tee2(it):
    buf = list(it)
    return iter(buf), iter(buf)
x, y = tee2(n * n for n in range(4))
print(list(x), list(y))
