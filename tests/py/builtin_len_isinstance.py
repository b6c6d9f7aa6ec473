# len, isinstance, issubclass, type checks across builtin types.
objs = ['abc', b'ab', bytearray(3), [1, 2], (1,), {'a': 1}, {1, 2, 3}, frozenset(), range(7), '']
print([len(o) for o in objs])
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
try:
    len(5)
except TypeError:
    print('len(int) TypeError')
checks = [(1, int), (1.0, float), ('s', str), (b'b', bytes), ([], list), ((), tuple), ({}, dict),
          (set(), set), (None, type(None)), (len, type(len)), (1, (str, int)), (1, (str, float))]
print([isinstance(o, t) for o, t in checks])
print(isinstance(True, bool), isinstance(1, bool), isinstance([], object), isinstance(int, object))
print(issubclass(bool, object), issubclass(list, object), issubclass(KeyError, (TypeError, LookupError)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, (B,)), issubclass(B, (int, A)))
print(isinstance(A, type), isinstance(B(), (list, A)))
