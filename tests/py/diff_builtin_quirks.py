# Assorted MicroPython behaviours that differ from CPython on purpose.
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
ba = bytearray(2)
ba[0] = 256 + 65
print(ba)
try:
    int('1_000_000_000_000_000_000_000')
except ValueError as e:
    print('ValueError:', e)
print(int('1_000'))
print(type(iter([])).__name__, type(iter('')).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
