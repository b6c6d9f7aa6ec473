# Closures with nonlocal state: counters, accumulators and independent instances.
def make_counter(start=0, step=1):
    n = start
    def inc():
        nonlocal n
        n += step
        return n
    def reset():
        nonlocal n
        n = start
    def peek():
        return n
    return inc, reset, peek
inc, reset, peek = make_counter()
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())
inc2, _, peek2 = make_counter(100, -10)
print(inc2(), inc2(), peek2(), peek())
def accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total, len(history)
    return add
acc = accumulator()
for v in [5, 10, -3]:
    print(acc(v))
def averager():
    count = 0
    total = 0.0
    def avg(v):
        nonlocal count, total
        count += 1
        total += v
        return total / count
    return avg
a = averager()
print(a(10), a(20), a(60))
