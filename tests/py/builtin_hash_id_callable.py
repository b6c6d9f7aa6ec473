# hash() across types (equal values hash equally), id() identity, callable() on everything.
vals = [0, 1, -1, 2 ** 40, 2 ** 80, 1.0, 0.5, -0.0, True, 'abc', '', b'abc', (1, 2), (), frozenset([1]), None]
print([hash(v) == hash(v) for v in vals])
print(hash(1) == hash(1.0) == hash(True), hash('ab') == hash('a' + 'b'), hash((1, 'x')) == hash((1.0, 'x')))
for v in [[], {}, set(), bytearray(b'x'), [1, (2,)]]:
    try:
        hash(v)
        print('hashed', type(v).__name__)
    except TypeError:
        print('TypeError unhashable', type(v).__name__)
class Plain:
    pass
class WithEq:
    def __eq__(self, o):
        return True
class WithHash:
    def __hash__(self):
        return 42
p = Plain()
print(hash(p) == hash(p), hash(WithHash()), len({WithHash(): 1}))
try:
    hash(WithEq())
except TypeError:
    print('TypeError __eq__ without __hash__')
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, id(None) == id(None), type(id(a)).__name__)
def f():
    pass
class K:
    def m(self):
        pass
    def __call__(self):
        return 'called'
things = [f, K, K(), K().m, len, print, int, lambda: 0, 5, 'str', [], None, type, (x for x in ()), K.m]
print([callable(t) for t in things])
print(K()(), callable(K()), callable(Plain()))
