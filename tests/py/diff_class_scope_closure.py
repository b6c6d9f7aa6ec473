# A method of a class defined inside a function, reading a free variable whose name is
# also assigned in the class body: CPython skips the class scope and finds the function's
# variable; MicroPython's scope analysis does not create the closure cell and raises
# NameError.
def make():
    y = 'function y'
    class C:
        y = 'class y'
        def m(self):
            return y
    return C
C = make()
print(C.y)
try:
    print(C().m())
except NameError as e:
    print('NameError:', e)
def make2():
    y = 'function y'
    class D:
        def m(self):
            return y
    return D
print(make2()().m())
