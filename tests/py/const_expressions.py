# const() with folded arithmetic, shifts, big values and non-int constants.
from micropython import const
import micropython

_BASE = const(1000)
_KILO = const(_BASE * 1)
_MEGA = const(_KILO * _BASE)
_GIGA = const(_MEGA * _BASE)
_TERA = const(_GIGA * _BASE)
_BIG = const(1 << 70)
_NEG = const(-(2 ** 62))
_MASK32 = const(0xFFFFFFFF)
_OVER = const(0x7FFFFFFF + 1)
_MIXED = const((3 + 4) * 5 - 6 // 2)
_INV = const(~0x0F)
NAME = const('sensor')
RAW = const(b'\x01\x02')
TUP = const((1, 2, 'three'))
RATIO = const(1.5)
VIA_MODULE = micropython.const(99)

print(_KILO, _MEGA, _GIGA, _TERA)
print(_BIG, _NEG, _MASK32, _OVER, _MIXED, _INV)
print(NAME, RAW, TUP, RATIO, VIA_MODULE)
print(_TERA // _GIGA, _BIG >> 60, _NEG // 2, _MASK32 & 0xFF00)

def scaled(v):
    if v >= _GIGA:
        return '%dG' % (v // _GIGA)
    if v >= _MEGA:
        return '%dM' % (v // _MEGA)
    if v >= _KILO:
        return '%dk' % (v // _KILO)
    return str(v)

print([scaled(v) for v in (5, 1500, 2500000, 7 * 10 ** 9, _TERA)])
print(TUP[2], len(TUP), NAME.upper(), RAW[1])
