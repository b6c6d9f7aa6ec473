# struct: every integer/float format in each byte order, native alignment, repeat counts,
# strings and padding, pack_into/unpack_from with offsets.
import struct
for order in '<>!':
    for code in 'bBhHiIlLqQ':
        fmt = order + code
        size = struct.calcsize(fmt)
        top = 2 ** (8 * size - 1) - 1 if code.islower() else 2 ** (8 * size) - 1
        low = -top - 1 if code.islower() else 0
        for v in (low, 0, 1, top):
            b = struct.pack(fmt, v)
            assert struct.unpack(fmt, b) == (v,)
        print(fmt, size, struct.pack(fmt, top), struct.pack(fmt, low))
for fmt in ('<f', '>f', '<d', '>d', '<e', '>e'):
    for v in (0.0, 1.5, -2.25, 1024.0):
        b = struct.pack(fmt, v)
        print(fmt, b, struct.unpack(fmt, b))
print(struct.calcsize('bi'), struct.calcsize('bq'), struct.calcsize('bhi'), struct.calcsize('hb'))
print(struct.calcsize('3b2h'), struct.calcsize('<3b2h'), struct.calcsize('b3sh'), struct.calcsize('<qd'))
print(struct.pack('bi', 1, 2), struct.unpack('bi', struct.pack('bi', -1, -2)))
print(struct.pack('<2b3xh', 1, 2, 3), struct.unpack('<2b3xh', b'\x01\x02\x00\x00\x00\x03\x00'))
print(struct.pack('<5s', b'ab'), struct.pack('<2s', b'abcd'), struct.unpack('<3s2s', b'abcde'))
print(struct.pack('>3H', 1, 2, 3), struct.unpack('>3H', b'\x00\x01\x00\x02\x00\x03'))
print(struct.calcsize('<0h'), struct.pack('<'))
buf = bytearray(12)
struct.pack_into('<HI', buf, 2, 0xbeef, 0xdeadbeef)
struct.pack_into('<h', buf, -2, -1)
print(buf, struct.unpack_from('<HI', buf, 2), struct.unpack_from('<h', buf, -2))
print(struct.unpack_from('<3B', bytes(range(10)), 4), struct.unpack_from('<B', b'xyz'))
print(struct.unpack('<I', bytearray(b'\x01\x02\x03\x04')), struct.unpack('<HH', memoryview(b'abcd')))
