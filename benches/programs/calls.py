# Calls of bytecode functions with positional and keyword arguments.
def add(a, b=1):
    return a + b
def run():
    t = 0
    for i in range(50000):
        t = add(t, i)
        t = add(t, b=2)
    return t
run()
