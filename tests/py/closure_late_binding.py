# Closures see the current value of a variable, not the value at definition time.
def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
def rebinding():
    fs = {}
    val = 'first'
    fs['a'] = lambda: val
    val = 'second'
    fs['b'] = lambda: val
    return fs['a'](), fs['b']()
print(rebinding())
def mutable_capture():
    data = []
    def add(v):
        data.append(v)
        return len(data)
    add(1)
    data = ['replaced']
    return add(2), data
print(mutable_capture())
def param_cell(n):
    def show():
        return n
    n += 100
    return show
print(param_cell(5)())
def cell_deleted():
    x = 'alive'
    def peek():
        return x
    r1 = peek()
    del x
    try:
        r2 = peek()
    except NameError:
        r2 = 'NameError'
    return r1, r2
print(cell_deleted())
