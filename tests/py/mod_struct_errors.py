# struct as MicroPython has it: values are truncated to the field, missing values pack as
# zero, extra bytes after the unpacked fields are ignored; bad formats raise ValueError.
import struct
print(struct.pack('<B', 300), struct.pack('<b', 200), struct.pack('<H', -1), struct.pack('<i', 2 ** 40))
print(struct.pack('<Q', 2 ** 64 + 5), struct.pack('<q', -2 ** 63 - 1))
print(struct.pack('<hh', 1), struct.pack('<h', 1, 2))
print(struct.unpack('<h', b'\x01\x02\x03'))
for fmt in ('Z', '=i', '<?', '< h', '3'):
    try:
        struct.calcsize(fmt)
    except ValueError as e:
        print(fmt, 'ValueError', e)
for f in (lambda: struct.unpack('<i', b'ab'), lambda: struct.unpack_from('<h', b'abc', 2),
          lambda: struct.pack_into('<i', bytearray(3), 0, 1), lambda: struct.unpack_from('<b', b'a', -5)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
for f in (lambda: struct.pack('<i', 1.5), lambda: struct.pack('<f', 'x'), lambda: struct.pack('<s', 5),
          lambda: struct.pack_into('<b', b'abc', 0, 1)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
