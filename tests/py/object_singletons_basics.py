# object(), None, Ellipsis and NotImplemented: identity, equality, hashing, attributes.
a, b = object(), object()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a), type(a) is object, isinstance(a, object))
try:
    a.attr = 1
except AttributeError:
    print('AttributeError setting attribute on object()')
try:
    object().missing
except AttributeError:
    print('AttributeError reading missing attribute')
print(None is None, None == None, None != 0, type(None)() is None if False else True, repr(None), str(None))
print(... is Ellipsis, Ellipsis == ..., repr(...), str(Ellipsis), bool(...))
print(NotImplemented is NotImplemented, repr(NotImplemented), bool(NotImplemented) if False else 'truthiness varies')
class Cmp:
    def __eq__(self, other):
        return NotImplemented
print(Cmp() == Cmp(), Cmp() != 5, Cmp() == None)
seen = {None: 'none', ...: 'ellipsis', a: 'object'}
print(seen[None], seen[Ellipsis], seen[a], b in seen, len(seen))
def returns_nothing():
    pass
def returns_bare():
    return
print(returns_nothing(), returns_bare(), [returns_nothing()] * 2)
for bad in ['None + 1', 'None < 1', 'len(None)', 'None[0]', 'None()', 'iter(None)']:
    try:
        eval(bad)
        print('ok', bad)
    except TypeError:
        print('TypeError', bad)
