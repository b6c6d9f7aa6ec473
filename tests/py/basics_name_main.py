# __name__ of the main module, functions and classes.
print(__name__)
def func():
    pass
class Klass:
    def method(self):
        pass
print(func.__name__, Klass.__name__, Klass.method.__name__)
print(type(Klass()).__name__, type(func).__name__)
if __name__ == '__main__':
    print('running as main')
else:
    print('imported')
import math
print(math.__name__)
def decorator(f):
    def wrapper():
        return f()
    return wrapper
@decorator
def decorated():
    return 1
print(decorated.__name__)
lam = lambda: 0
print(lam.__name__)
print(int.__name__, str.__name__, list.__name__, ValueError.__name__)
