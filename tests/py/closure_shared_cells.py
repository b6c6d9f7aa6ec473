# Several closures sharing the same cell; closures over parameters and loop vars.
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return 'insufficient'
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = bank(100)
print(dep(50), wd(30), wd(500), get())
dep2, wd2, get2 = bank(0)
print(dep2(1), get(), get2())
def pair():
    shared = []
    def push(v):
        shared.append(v)
    def pop():
        return shared.pop() if shared else None
    return push, pop
push, pop = pair()
push(1); push(2)
print(pop(), pop(), pop())
def stateful_lambdas():
    state = {'n': 0}
    inc = lambda: state.__setitem__('n', state['n'] + 1)
    read = lambda: state['n']
    for _ in range(4):
        inc()
    return read()
print(stateful_lambdas())
def toggler():
    on = False
    def toggle():
        nonlocal on
        on = not on
        return on
    return toggle
t = toggler()
print([t() for _ in range(5)])
