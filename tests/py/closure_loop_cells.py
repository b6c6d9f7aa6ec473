# Closures capturing loop variables: late binding vs default-arg capture vs fresh cells.
late = []
for i in range(4):
    late.append(lambda: i)
print([f() for f in late])
early = []
for i in range(4):
    early.append(lambda i=i: i)
print([f() for f in early])
def make(i):
    return lambda: i * 10
fresh = [make(i) for i in range(4)]
print([f() for f in fresh])
comp = [lambda: j for j in range(3)]
print([f() for f in comp])
def loop_in_func():
    fs = []
    for k in range(3):
        def g():
            return k
        fs.append(g)
    k = 'changed'
    return [f() for f in fs]
print(loop_in_func())
def while_cells():
    fs = []
    n = 0
    while n < 3:
        def cell(n=n):
            return n
        fs.append(cell)
        n += 1
    return [f() for f in fs]
print(while_cells())
def nested_loops():
    fs = []
    for a in range(2):
        for b in range(2):
            fs.append(lambda a=a, b=b: (a, b))
    return [f() for f in fs]
print(nested_loops())
def shared():
    x = 0
    def get():
        return x
    fs = []
    for v in range(3):
        x = v
        fs.append(get)
    return [f() for f in fs]
print(shared())
