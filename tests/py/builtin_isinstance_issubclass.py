# isinstance/issubclass with classes, tuples of classes, built-in hierarchies and errors.
class A:
    pass
class B(A):
    pass
class C(B):
    pass
class D:
    pass
objs = [A(), B(), C(), D(), 1, 'x', None, [], 1.5]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, D)), isinstance(o, (int, str)),
          isinstance(o, object), isinstance(o, ()))
for c in [A, B, C, D, int, str, object]:
    print(c.__name__, issubclass(c, A), issubclass(c, (B, int)), issubclass(c, object), issubclass(c, c))
print(isinstance(1, bool), isinstance(Exception(), BaseException),
      issubclass(KeyError, LookupError), issubclass(LookupError, KeyError), issubclass(OSError, Exception))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type, object),
      issubclass(type, object))
for bad in ['isinstance(1, 1)', 'issubclass(1, int)', 'issubclass(A, 1)', 'isinstance(1, [int])']:
    try:
        eval(bad)
        print('ok', bad)
    except TypeError:
        print('TypeError', bad)
def describe(v):
    if isinstance(v, bool):
        return 'bool'
    if isinstance(v, (int, float)):
        return 'number'
    if isinstance(v, (str, bytes)):
        return 'text'
    if isinstance(v, (list, tuple, dict, set)):
        return 'container'
    return 'other'
print([describe(v) for v in [True, 3, 2.5, 'a', b'b', [1], (2,), {}, set(), None]])
