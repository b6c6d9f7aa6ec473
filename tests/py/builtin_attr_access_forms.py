# getattr/setattr/delattr/hasattr on instances, classes, modules and built-ins.
class Rec:
    kind = 'rec'
    def __init__(self):
        self.a = 1
    def m(self):
        return 'm'
r = Rec()
names = ['a', 'kind', 'm', 'missing', '__init__']
print([hasattr(r, n) for n in names], [hasattr(Rec, n) for n in names])
print(getattr(r, 'a'), getattr(r, 'kind'), getattr(r, 'm')(), getattr(r, 'missing', None), getattr(Rec, 'kind'))
setattr(r, 'a', 10)
setattr(r, 'b', [1])
setattr(Rec, 'kind', 'changed')
print(r.a, r.b, r.kind, Rec().kind)
delattr(r, 'b')
print(hasattr(r, 'b'))
for call in ['getattr(r, "nope")', 'delattr(r, "nope")', 'getattr(r, 5)', 'setattr(r, 5, 1)']:
    try:
        eval(call)
        print('ok', call)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, call)
import math
print(getattr(math, 'floor')(2.5), hasattr(math, 'pi'), hasattr(math, 'nonexistent'), getattr(math, 'x', 'no'))
print(getattr([1, 2], 'count')(1), getattr('abc', 'upper')(), hasattr(None, 'x'))
for obj, attr in [(5, 'x'), ('s', 'y'), ([], 'z'), ((), 'w')]:
    try:
        setattr(obj, attr, 1)
        print('set', attr)
    except AttributeError:
        print('AttributeError setattr on', type(obj).__name__)
class Dyn:
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)
d = Dyn()
print(getattr(d, 'dyn_value'), hasattr(d, 'dyn_x'), hasattr(d, 'other'), getattr(d, 'other', 'fallback'))
