# binascii conversions and CRC-32; hashlib digests (sha256, sha1, md5) over many lengths.
import binascii, hashlib
print(binascii.hexlify(b''), binascii.hexlify(bytes(range(0, 256, 17))), binascii.hexlify(b'\x00\xff', b':'))
print(binascii.unhexlify('00ff10Ab'), binascii.unhexlify(b'cafe'), binascii.unhexlify(''))
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(40))]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False))
print(binascii.a2b_base64('Zm9v\nYmFy\n'), binascii.a2b_base64(b'SGVsbG8='))
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(bytes(range(256))), binascii.crc32(b'abc', 0xffffffff))
for bad in ('abc', 'zz', b'0g'):
    try:
        binascii.unhexlify(bad)
    except ValueError:
        print('ValueError')
try:
    binascii.a2b_base64('YWJ')
except ValueError:
    print('ValueError')
for n in (0, 1, 55, 56, 63, 64, 65, 119, 120, 200, 1000):
    data = bytes((i * 7 + 3) & 255 for i in range(n))
    print(n, binascii.hexlify(hashlib.sha256(data).digest()))
    print(n, binascii.hexlify(hashlib.sha1(data).digest()), binascii.hexlify(hashlib.md5(data).digest()))
h = hashlib.sha256()
for chunk in (b'The quick ', b'brown fox ', b'', b'jumps over the lazy dog'):
    h.update(chunk)
print(binascii.hexlify(h.digest()))
print(len(hashlib.sha256(b'x').digest()), len(hashlib.sha1(b'x').digest()), len(hashlib.md5(b'x').digest()))
print(hashlib.md5(b'abc').digest() == hashlib.md5(bytearray(b'abc')).digest())
