# None semantics.
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, None is not False)
def noreturn():
    pass
def bare_return():
    return
print(noreturn(), bare_return())
vals = [None, 0, False, '']
print([v is None for v in vals])
print([v == None for v in vals])
d = {None: 'none key'}
print(d[None])
x = None
print(x or 'default', x and 'never')
print([1, None, 3].count(None), [1, None].index(None))
print(sorted([3, 1, 2], key=None))
try:
    None + 1
except TypeError:
    print('TypeError: None + 1')
try:
    None()
except TypeError:
    print('TypeError: None()')
try:
    None.attr
except AttributeError:
    print('AttributeError: None.attr')
print(hash(None) == hash(None))
