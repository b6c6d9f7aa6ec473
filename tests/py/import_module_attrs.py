# Module objects as namespaces: attribute access, getattr on modules, dir filtering.
import math
import struct
import json
print(math.__name__, getattr(math, 'pi') == math.pi, hasattr(math, 'sqrt'), hasattr(math, 'no_such'))
funcs = [n for n in ('sqrt', 'floor', 'ceil', 'sin', 'cos', 'exp', 'log') if callable(getattr(math, n, None))]
print(funcs)
print([getattr(math, n)(1.0) == getattr(math, n)(1) for n in ('sqrt', 'exp', 'floor')])
print('pack' in dir(struct), 'loads' in dir(json), 'dumps' in dir(json))
mods = {'m': math, 's': struct}
print(mods['m'].floor(2.5), mods['s'].calcsize('<I'))
def use_module(mod, name, *args):
    return getattr(mod, name)(*args)
print(use_module(math, 'pow', 2, 5), use_module(json, 'dumps', [1]), use_module(struct, 'pack', '<h', -2))
import math as m1, json as j1
print(m1 is math, j1 is json)
