# from module import * brings public names into the namespace.
from math import *
print(floor(3.7), ceil(3.2), round(sqrt(2), 6), round(pi, 4), round(e, 4))
print(isnan(nan) if 'nan' in dir() else True, isinf(inf) if 'inf' in dir() else True)
def use():
    return trunc(-4.5), fabs(-1)
print(use())
from struct import *
print(pack('<H', 513), unpack('<H', b'\x01\x02'), calcsize('<HH'))
