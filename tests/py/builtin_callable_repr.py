# callable() and repr() across builtin and user-defined objects.
class WithCall:
    def __call__(self):
        return 'called'
class Plain:
    pass
def fn():
    pass
objs = [fn, lambda: 0, WithCall(), Plain(), WithCall, Plain, len, print, str, 'text', 3, None, [].append]
print([callable(o) for o in objs])
print(repr(None), repr(True), repr(False), repr(0), repr(-5), repr(2 ** 70), repr(1.5))
print(repr('s'), repr("it's"), repr(b'b'), repr(bytearray(b'ba')), repr([1, 'a']), repr((1,)), repr(()))
print(repr({1: 'one'}), repr(set()), repr({5}), repr(frozenset()), repr(range(3)), repr(...))
print(repr([[], [()], {}]), repr((None, (None,))), repr(1j), repr(-2.5e-10))
class R:
    def __repr__(self):
        return 'R!'
print(repr(R()), repr([R(), R()]), repr({'k': R()}), str(R()))
print(WithCall()(), Plain.__name__, type(Plain()).__name__)
