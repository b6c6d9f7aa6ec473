# Fixed-size binary records with struct: packing a table and parsing it back.
import struct
FMT = '<HbBi8s'
SIZE = struct.calcsize(FMT)
rows = [(1, -5, 200, 123456, b'alpha'), (2, 127, 0, -1, b'beta'), (65535, -128, 255, 2 ** 31 - 1, b'gamma123')]
blob = b''.join(struct.pack(FMT, *r) for r in rows)
print(SIZE, len(blob))
for i in range(0, len(blob), SIZE):
    rid, small, ub, big, name = struct.unpack(FMT, blob[i:i + SIZE])
    print(rid, small, ub, big, name.rstrip(b'\x00'))
header = struct.pack('>4sHH', b'MPY!', 3, len(rows))
print(header, struct.unpack('>4sHH', header))
def checksum(data):
    total = 0
    for i in range(0, len(data) - 1, 2):
        total += struct.unpack_from('<H', data, i)[0]
    return total & 0xffff
print(checksum(blob), hex(checksum(header)))
floats = struct.pack('<3f', 1.0, -0.5, 256.0)
print(floats, struct.unpack('<3f', floats))
print(struct.unpack('<I', struct.pack('<f', 1.0))[0], hex(struct.unpack('<Q', struct.pack('<d', -2.0))[0]))
