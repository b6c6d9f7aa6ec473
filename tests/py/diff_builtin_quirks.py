# Assorted MicroPython behaviours that differ from CPython on purpose.
print(range(5) == range(5), range(0) == range(0))
def f():
    pass
try:
    f.attr = 1
    print('function attribute set')
except AttributeError as e:
    print('AttributeError:', e)
def g():
    x = 1
    def h():
        return x
    return h
print(type(g()).__name__, type(f).__name__)
class A:
    def m(self):
        pass
print(type(A().m).__name__)
class Desc:
    def __get__(self, obj, typ=None):
        return 'descriptor result'
class Holder:
    d = Desc()
print(Holder().d, type(Holder.d).__name__)
ba = bytearray(2)
ba[0] = 256 + 65
print(ba)
try:
    int('1_000_000_000_000_000_000_000')
except ValueError as e:
    print('ValueError:', e)
print(int('1_000'))
l = [(1, 'b'), (0, 'a'), (1, 'a'), (1, 'c'), (0, 'z')]
print(sorted(l, key=lambda x: x[0]))
print(type(...).__name__ == '', type(iter([])).__name__, type(iter('')).__name__, type(zip()).__name__)
# Tuple hashes do not depend on element order here.
print(hash((1, 2)) == hash((2, 1)), hash((1, 'a')) == hash(('a', 1)))
