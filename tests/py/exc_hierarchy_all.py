# Every builtin exception type: its place in the hierarchy, raising, catching by each base.
names = ['ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'EOFError', 'Exception',
         'GeneratorExit', 'ImportError', 'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
         'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError', 'OverflowError',
         'RuntimeError', 'StopIteration', 'StopAsyncIteration', 'SyntaxError', 'SystemExit', 'TypeError',
         'UnicodeError', 'ValueError', 'ZeroDivisionError']
bases = [BaseException, Exception, ArithmeticError, LookupError, RuntimeError, SyntaxError, ValueError]
g = globals()
for n in names:
    cls = eval(n)
    print(n, [b.__name__ for b in bases if issubclass(cls, b)])
for n in names:
    cls = eval(n)
    caught = None
    for b in [ZeroDivisionError, KeyError, LookupError, ArithmeticError, ValueError, RuntimeError, Exception, BaseException]:
        try:
            raise cls('msg')
        except b:
            caught = b.__name__
            break
        except BaseException:
            pass
    print(n, caught)
def catch_order(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-pair ' + type(e).__name__
    except ArithmeticError:
        return 'arith'
    except Exception as e:
        return 'other ' + type(e).__name__
print([catch_order(e) for e in [KeyError(), IndexError(), OverflowError(), ZeroDivisionError(), OSError(), UnicodeError()]])
