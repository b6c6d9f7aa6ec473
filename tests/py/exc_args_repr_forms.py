# Exception arguments: args tuples, str() with zero/one/many args, attributes of some types.
for cls in [Exception, ValueError, TypeError, RuntimeError, IndexError, AttributeError]:
    for args in [(), ('msg',), (1, 2), (None,), ([1],)]:
        e = cls(*args)
        print(cls.__name__, e.args, str(e), len(e.args))
e = StopIteration(7)
print(e.value, e.args, StopIteration().value, StopIteration(1, 2).value)
o = OSError(2, 'not found')
print(o.errno, o.args, OSError('plain').args, OSError().args)
k = KeyError('key')
print(k.args, KeyError().args, KeyError(1, 2).args)
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
a = AppError(404, 'missing')
print(a.args, a.code, a.detail, str(a), isinstance(a, Exception))
class Quiet(Exception):
    pass
print(Quiet().args, str(Quiet('q')), Quiet('x', 'y').args)
class Custom(Exception):
    def __str__(self):
        return 'custom<%s>' % ','.join(map(str, self.args))
print(str(Custom(1, 2)), Custom('z').args)
try:
    raise AppError(500, 'boom')
except AppError as err:
    print('caught', err.code, err.args[1])
try:
    raise ValueError
except ValueError as err:
    print('class raised', err.args, type(err).__name__)
