# Importing builtin modules in different forms.
import sys
import math, struct
import json as js
from math import sqrt, pi as PI
from collections import OrderedDict as OD
print(math.floor(2.5), struct.calcsize('<i'), js.dumps([1]), sqrt(16), round(PI, 5))
print(type(sys).__name__, type(math).__name__, math.__name__, js.__name__)
od = OD()
od['z'] = 1
od['a'] = 2
print(list(od.keys()))
def local_import():
    import math as m2
    from struct import pack
    return m2.ceil(1.1), pack('<B', 7)
print(local_import())
import math
import math as again
print(math is again)
try:
    import this_module_does_not_exist
except ImportError as e:
    print('ImportError', isinstance(e, ImportError))
try:
    from math import no_such_name
except ImportError:
    print('ImportError for missing name')
m = __import__('math')
print(m.gcd(12, 18) if hasattr(m, 'gcd') else 6)
