# `raise X from Y` and `raise X from None`: the new exception propagates.
# MicroPython does not implement exception chaining (it warns on stderr and
# ignores the cause); the native emitter rejects `raise ... from`, so this file
# carries one @micropython.native function and is compiled with -march only.
try:
    import micropython
except ImportError:
    class micropython:
        native = staticmethod(lambda f: f)

@micropython.native
def name_of(e):
    return type(e).__name__

class ParseError(Exception):
    pass

def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError('bad integer: ' + s) from e

def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(parse_int(s))
        except ParseError as e:
            out.append(name_of(e) + '(' + str(e) + ')')
    return out

print(parse_all(['1', 'x', '30']))

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError('no such key: %s' % k) from None

try:
    lookup({'a': 1}, 'b')
except LookupError as e:
    print(name_of(e), e)
print(lookup({'a': 1}, 'a'))

def wrap_chain(depth):
    if depth == 0:
        raise ValueError('root')
    try:
        wrap_chain(depth - 1)
    except Exception as e:
        raise RuntimeError('level %d' % depth) from e

try:
    wrap_chain(3)
except RuntimeError as e:
    print('outermost:', e)
