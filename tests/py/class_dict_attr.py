# Instance __dict__ manipulation and attribute introspection.
class Obj:
    cls_attr = 'c'
    def __init__(self):
        self.a = 1
        self.b = 2
o = Obj()
print(sorted(o.__dict__.items()))
o.c = 3
print(o.c)
for k, v in {'d': 4, 'e': 5}.items():
    setattr(o, k, v)
print(sorted(o.__dict__))
del o.a
print(hasattr(o, 'a'), hasattr(o, 'cls_attr'))
print('cls_attr' in o.__dict__, 'cls_attr' in Obj.__dict__)
for name in ['b', 'c', 'zz']:
    print(name, getattr(o, name, '<missing>'))
setattr(o, 'with space', 'odd name')
print(getattr(o, 'with space'))
keys = [k for k in dir(o) if not k.startswith('_')]
print(sorted(keys))
def to_dict(obj):
    return {k: v for k, v in obj.__dict__.items() if not k.startswith('_')}
print(sorted(to_dict(o).items(), key=lambda kv: kv[0]))
class Blank:
    pass
bl = Blank()
print(bl.__dict__, len(Blank().__dict__))
