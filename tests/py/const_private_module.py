# Private (underscore) const names are replaced at compile time and never become globals;
# public const names are still stored as module attributes.
from micropython import const

_BUF_SIZE = const(64)
_HEADER = const(4)
_PAYLOAD = const(_BUF_SIZE - _HEADER)
_MAGIC = const(0xCAFE)
VERSION = const(3)

buf = bytearray(_BUF_SIZE)
buf[0] = _MAGIC >> 8
buf[1] = _MAGIC & 0xFF
buf[2] = VERSION
buf[3] = _PAYLOAD

def check(b):
    if (b[0] << 8 | b[1]) != _MAGIC:
        return 'bad magic'
    if b[2] > VERSION:
        return 'too new'
    return 'ok payload=%d' % b[3]

print(check(buf))
buf[2] = 9
print(check(buf))
print(len(buf), _PAYLOAD, VERSION)
names = [n for n in globals() if n.isupper() or n.startswith('_') and not n.startswith('__')]
print(sorted(names))
