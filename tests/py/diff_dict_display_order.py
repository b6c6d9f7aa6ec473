# MicroPython evaluates each dict-display value before its key (CPython: key first),
# and dict iteration follows hash-table order rather than insertion order.
order = []
def L(v):
    order.append(v)
    return v
d = {L('k1'): L('v1'), L('k2'): L('v2'), L('k3'): L('v3')}
print(order)
print(d)
print({'b': 2, 'zz': 4, 'a': 1, 'hello': 5, 'c': 3})
print({i: i * i for i in range(12)})
print({'x': 1, 'y': 2, 'z': 3, 'w': 4})
print(list({'alpha': 1, 'beta': 2, 'gamma': 3, 'delta': 4}.keys()))
big = {}
for w in 'the quick brown fox jumps over the lazy dog'.split():
    big[w] = len(w)
print(big)
print(dict(a=1, b=2, c=3))
