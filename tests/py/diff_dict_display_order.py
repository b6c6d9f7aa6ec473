# MicroPython evaluates each dict-display value before its key (CPython: key first); the
# bytecode fixes that order. (Iteration order is insertion order in this runtime, a
# deliberate choice; MicroPython's follows its hash table, so it is not printed here.)
order = []
def L(v):
    order.append(v)
    return v
d = {L('k1'): L('v1'), L('k2'): L('v2'), L('k3'): L('v3')}
print(order)
print(sorted(d.items()))
order.clear()
e = {L(i): L(i * i) for i in range(3)}
print(order, sorted(e.items()))
