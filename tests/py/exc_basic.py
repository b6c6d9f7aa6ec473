# try/except/else/finally basics and exception types.
def attempt(fn):
    try:
        r = fn()
    except ZeroDivisionError:
        return 'ZeroDivisionError'
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except Exception as e:
        return 'other: ' + type(e).__name__
    else:
        return 'ok: %r' % (r,)
    finally:
        print('finally for', fn.__name__)
def div0():
    return 1 // 0
def key():
    return {}['x']
def idx():
    return [][3]
def typ():
    return 'a' + 1
def good():
    return 42
def attr():
    return None.foo
def name():
    return undefined_name
def val():
    return int('abc')
for f in [div0, key, idx, typ, good, attr, name, val]:
    print(attempt(f))
try:
    pass
except Exception:
    print('not reached')
else:
    print('else when no exception')
try:
    raise ValueError
except ValueError as e:
    print('raised class:', type(e).__name__, e.args)
try:
    raise ValueError('msg', 2)
except ValueError as e:
    print('raised instance:', e.args)
