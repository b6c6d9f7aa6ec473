# The "as" target is unbound after the except block; exceptions as values.
e = 'outer value'
try:
    raise ValueError('inner')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError:
    print('e was deleted after handler')
def keep():
    saved = None
    try:
        raise KeyError('kept')
    except KeyError as err:
        saved = err
    return saved
k = keep()
print(type(k).__name__, k.args)
errors = []
for v in (0, 'a', None):
    try:
        1 // v
    except Exception as ex:
        errors.append(ex)
print([type(x).__name__ for x in errors])
exc_class = IndexError
try:
    raise exc_class('dynamic class')
except exc_class as ex2:
    print('caught dynamic', ex2)
handlers = (ValueError, TypeError)
try:
    int(None)
except handlers as ex3:
    print('tuple of handlers:', type(ex3).__name__)
def make_exc(kind, msg):
    return {'v': ValueError, 'k': KeyError}[kind](msg)
try:
    raise make_exc('v', 'made')
except ValueError as ex4:
    print(ex4)
