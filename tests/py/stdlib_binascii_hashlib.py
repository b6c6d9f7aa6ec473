# binascii hex/base64 helpers and hashlib.sha256 digests.
import binascii
import hashlib
print(binascii.hexlify(b'\x00\x01\xfe\xff'), binascii.unhexlify('deadbeef'), binascii.hexlify(b''))
print(binascii.b2a_base64(b'hello world'), binascii.a2b_base64(b'aGVsbG8gd29ybGQ='))
for msg in [b'', b'abc', b'The quick brown fox jumps over the lazy dog']:
    print(binascii.hexlify(hashlib.sha256(msg).digest()))
h = hashlib.sha256()
h.update(b'The quick brown fox ')
h.update(b'jumps over the lazy dog')
print(binascii.hexlify(h.digest()))
print(len(hashlib.sha256(b'x').digest()))
