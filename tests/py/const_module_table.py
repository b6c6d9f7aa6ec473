# A lookup table module built from const() values (register map style).
from micropython import const

_CMD_NOP = const(0x00)
_CMD_RESET = const(0x01)
_CMD_READ = const(0x03)
_CMD_WRITE = const(0x02)
_CMD_ERASE = const(0x20)
_PAGE = const(256)
_SECTOR = const(_PAGE * 16)
_BLOCK = const(_SECTOR * 16)
_CHIP = const(_BLOCK * 64)

NAMES = {
    _CMD_NOP: 'nop',
    _CMD_RESET: 'reset',
    _CMD_READ: 'read',
    _CMD_WRITE: 'write',
    _CMD_ERASE: 'erase',
}

def encode(cmd, addr=0):
    return bytes([cmd, (addr >> 16) & 0xFF, (addr >> 8) & 0xFF, addr & 0xFF])

def decode(frame):
    cmd = frame[0]
    addr = frame[1] << 16 | frame[2] << 8 | frame[3]
    return NAMES.get(cmd, 'unknown'), addr

print(_PAGE, _SECTOR, _BLOCK, _CHIP)
for cmd, addr in [(_CMD_READ, 0x1234), (_CMD_WRITE, _SECTOR * 3), (_CMD_ERASE, _BLOCK), (0x99, 7)]:
    f = encode(cmd, addr)
    print(f, decode(f))
print(sorted(NAMES.items()))
print('sectors per chip:', _CHIP // _SECTOR, 'pages per block:', _BLOCK // _PAGE)
