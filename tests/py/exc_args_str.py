# Exception args and str() for builtin exception types (portable subset).
cases = [ValueError(), ValueError('one'), ValueError('a', 'b'), KeyError('missing'),
         IndexError(3), TypeError('t'), RuntimeError(), Exception(1, 2, 3)]
for e in cases:
    print(type(e).__name__, e.args, len(e.args))
print(str(ValueError('only')), str(Exception()), str(RuntimeError(5)))
print(str(TypeError('x', 'y')))
e = ValueError('v')
print(isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, TypeError))
try:
    raise StopIteration(5)
except StopIteration as si:
    print('StopIteration value', si.value, si.args)
def gen():
    return (yield)
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(OSError, Exception), issubclass(AssertionError, Exception))
print(issubclass(IndexError, LookupError), issubclass(KeyError, LookupError))
print(issubclass(OverflowError, ArithmeticError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(NameError, Exception))
