# raise with classes, instances and re-raise; exceptions escaping nested calls and handlers.
def depth(n):
    if n == 0:
        raise IndexError('bottom')
    return depth(n - 1)
try:
    depth(20)
except IndexError as e:
    print('from depth', e.args)
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print('re-raised', type(e).__name__)
def convert():
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('converted') from e
try:
    convert()
except ValueError as e:
    print('converted', e.args)
def raise_class():
    raise TypeError
try:
    raise_class()
except TypeError as e:
    print('class', e.args)
try:
    raise 5
except TypeError:
    print('TypeError raising an int')
class NotExc:
    pass
try:
    raise NotExc()
except TypeError:
    print('TypeError raising non-exception instance')
err = None
try:
    raise RuntimeError('kept')
except RuntimeError as e:
    err = e
print(type(err).__name__, err.args)
try:
    raise err
except RuntimeError as again:
    print('raised same object again', again is err)
def handler_raises():
    try:
        raise KeyError('a')
    except KeyError:
        raise IndexError('b')
try:
    handler_raises()
except IndexError as e:
    print('new exception from handler', e.args)
except KeyError:
    print('wrong')
results = []
for exc in [ValueError, KeyError, None]:
    try:
        if exc:
            raise exc('x')
        results.append('none')
    except ValueError:
        results.append('value')
    except LookupError:
        results.append('lookup')
print(results)
