# Generators closing over outer variables and closures created in generators.
def windowed(size):
    def gen(seq):
        buf = []
        for x in seq:
            buf.append(x)
            if len(buf) > size:
                buf.pop(0)
            if len(buf) == size:
                yield tuple(buf)
    return gen
w3 = windowed(3)
print(list(w3(range(6))))
print(list(windowed(2)('abcd')))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for i in range(5):
        if i % 2:
            bump()
        yield count
print(list(counter_gen()))
def make_funcs():
    for i in range(3):
        yield lambda: i
fs = list(make_funcs())
print([f() for f in fs])
gfs = make_funcs()
print([f() for f in gfs])
def scaled(factor):
    return (x * factor for x in range(4))
print(list(scaled(3)), list(scaled(-1)))
def filter_gen(pred):
    def apply(items):
        for it in items:
            if pred(it):
                yield it
    return apply
evens = filter_gen(lambda v: v % 2 == 0)
print(list(evens(range(10))))
