# Nested try blocks, exceptions in handlers and in finally.
def inner_handles():
    try:
        try:
            [][0]
        except IndexError:
            print('inner caught IndexError')
            raise KeyError('from handler')
    except KeyError as e:
        print('outer caught KeyError', e.args)
inner_handles()
def finally_overrides():
    try:
        try:
            raise ValueError('original')
        finally:
            print('inner finally runs')
    except ValueError as e:
        print('outer sees', e)
finally_overrides()
def exc_in_finally():
    try:
        try:
            raise ValueError('lost')
        finally:
            raise TypeError('replacement')
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(exc_in_finally())
def depth(n):
    try:
        if n == 0:
            raise RuntimeError('bottom')
        depth(n - 1)
    finally:
        print('unwind', n)
try:
    depth(3)
except RuntimeError as e:
    print('caught', e)
def handler_order():
    for exc in (KeyError('k'), LookupError('l'), IndexError('i'), Exception('e')):
        try:
            raise exc
        except KeyError:
            print('KeyError branch')
        except LookupError:
            print('LookupError branch for', type(exc).__name__)
        except Exception:
            print('Exception branch')
handler_order()
def triple():
    log = []
    try:
        try:
            try:
                1 / 0
            finally:
                log.append('f1')
        finally:
            log.append('f2')
    except ZeroDivisionError:
        log.append('caught')
    finally:
        log.append('f3')
    return log
print(triple())
