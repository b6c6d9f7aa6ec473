# hash() of ints, bools, tuples and user objects; equal values hash equally.
vals = [0, 1, 2, 100, -100, 2 ** 30, 2 ** 31 - 1, 12345678, True, False]
print([hash(v) for v in vals if -2 ** 29 < v < 2 ** 29])
print(hash(1) == hash(True), hash(0) == hash(False), hash(1.0) == hash(1), hash(0.0) == hash(0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(2 ** 100) == hash(2 ** 100), hash(-(2 ** 80)) == hash(-(2 ** 80)))
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v * 7
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
print(hash(K(3)), hash(K(3)) == hash(K(3)), len({K(1), K(1), K(2)}))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print('unhashable', type(bad).__name__)
d = {}
for v in (1, 1.0, True):
    d[v] = type(v).__name__
print(len(d), d[1])
