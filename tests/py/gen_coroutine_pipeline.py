# Push-based coroutine pipelines (consumers primed with next()).
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def sink(results):
    while True:
        results.append((yield))
@coroutine
def map_stage(fn, target):
    while True:
        target.send(fn((yield)))
@coroutine
def filter_stage(pred, target):
    while True:
        v = yield
        if pred(v):
            target.send(v)
@coroutine
def broadcast(*targets):
    while True:
        v = yield
        for t in targets:
            t.send(v)
@coroutine
def window_avg(n, target):
    window = []
    while True:
        window.append((yield))
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            target.send(sum(window) / n)
evens, squares, avgs = [], [], []
pipe = broadcast(
    filter_stage(lambda v: v % 2 == 0, sink(evens)),
    map_stage(lambda v: v * v, sink(squares)),
    window_avg(3, sink(avgs)),
)
for v in [3, 8, 1, 6, 4, 9, 2]:
    pipe.send(v)
print(evens, squares, avgs)
