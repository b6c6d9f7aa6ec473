# micropython.const(): module-level constants folded at compile time.
from micropython import const

WIDTH = const(320)
HEIGHT = const(240)
PIXELS = const(WIDTH * HEIGHT)
_PRIVATE = const(0x1F)
_FLAG_A = const(1 << 0)
_FLAG_B = const(1 << 1)
_FLAG_C = const(1 << 2)
ALL_FLAGS = const(_FLAG_A | _FLAG_B | _FLAG_C)

print(WIDTH, HEIGHT, PIXELS, _PRIVATE, ALL_FLAGS)
print(WIDTH // 2, HEIGHT % 7, -WIDTH, ~_PRIVATE, _PRIVATE << 3)

def area(scale):
    return PIXELS * scale + _PRIVATE

print(area(2))

def flags_set(v):
    out = []
    if v & _FLAG_A:
        out.append('A')
    if v & _FLAG_B:
        out.append('B')
    if v & _FLAG_C:
        out.append('C')
    return ''.join(out) or '-'

print([flags_set(v) for v in range(8)])
# Public constants remain module globals; underscore-prefixed ones are folded away.
g = globals()
print('WIDTH' in g, 'PIXELS' in g, 'ALL_FLAGS' in g, '_PRIVATE' in g, '_FLAG_A' in g)
