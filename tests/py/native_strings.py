# Native code manipulating strings, bytes and formatting.
import micropython

@micropython.native
def caesar(s, k):
    out = []
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)

@micropython.native
def checksum(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

@micropython.native
def report(rows):
    lines = []
    for name, qty, price in rows:
        lines.append('%-8s %3d %8.2f' % (name, qty, qty * price))
    return '\n'.join(lines)

@micropython.native
def words(text):
    counts = {}
    for w in text.lower().split():
        w = w.strip('.,!')
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

msg = 'Hello, Native World!'
enc = caesar(msg, 3)
print(enc, caesar(enc, 23))
print(hex(checksum(b'Wikipedia')), checksum(msg.encode()))
print(report([('bolts', 12, 0.1), ('nuts', 100, 0.02), ('gears', 3, 7.5)]))
print(words('The cat and the hat. The end, and the END!'))
