# The special names dir() lists (MicroPython lists every name lookup finds, so __class__,
# a type's __bases__/__dict__/__name__, a function's __globals__, an iterator's __next__).
class A:
    x = 1
    def f(self): pass
a = A()
a.y = 2
def fn(): pass
import math
for o in [1, [], {}, "s", A, a, fn, math, len, None, 1.5, (1,), int, object, type, iter([]), range(2), b'']:
    print(sorted(d for d in dir(o) if d.startswith('__')))
print(int.__class__, type(int.__dict__), sorted(int.__dict__)[-2:])
