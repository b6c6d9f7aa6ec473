# Base64 encoding/decoding implemented by hand, checked against binascii.
import binascii
ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\x00' * (3 - len(chunk)), 'big')
        quad = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            quad[len(chunk) + 1:] = ['='] * (3 - len(chunk))
        out.extend(quad)
    return ''.join(out)
def b64decode(text):
    text = text.rstrip('=')
    bits = 0
    nbits = 0
    out = bytearray()
    for ch in text:
        bits = (bits << 6) | ALPHABET.index(ch)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xff)
    return bytes(out)
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(0, 256, 17)), b'MicroPython!']
for s in samples:
    e = b64encode(s)
    ref = binascii.b2a_base64(s).strip().decode()
    print(repr(e), e == ref, b64decode(e) == s)
