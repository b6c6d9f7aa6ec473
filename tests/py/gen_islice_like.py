# Hand-written itertools-like helpers built on generators.
def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, stop):
    for i, v in zip(range(stop), it):
        yield v
def cycle(seq):
    saved = list(seq)
    while saved:
        for s in saved:
            yield s
def takewhile(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
def dropwhile(pred, it):
    it = iter(it)
    for v in it:
        if not pred(v):
            yield v
            break
    for v in it:
        yield v
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for v in it:
        total = fn(total, v)
        yield total
def groupby(seq, key):
    cur = object()
    group = []
    for v in seq:
        k = key(v)
        if group and k != cur:
            yield cur, group
            group = []
        cur = k
        group.append(v)
    if group:
        yield cur, group
def pairwise(seq):
    it = iter(seq)
    prev = next(it, None)
    for v in it:
        yield prev, v
        prev = v
print(list(islice(count(5, 3), 5)))
print(list(islice(cycle('ab'), 5)))
print(list(takewhile(lambda x: x < 5, count())))
print(list(dropwhile(lambda x: x < 5, range(9))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)))
print(list(groupby('aaabccdd', lambda c: c)))
print(list(groupby(range(10), lambda n: n // 4)))
print(list(pairwise('abcd')), list(pairwise([])))
