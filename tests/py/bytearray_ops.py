# bytearray: mutable byte buffers.
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1])
ba[0] = 72
ba[-1] = ord('O')
print(ba)
ba.append(33)
ba.extend(b' world')
ba.extend([33, 63])
print(ba)
ba[1:3] = b'EY'
print(ba)
ba[0:1] = b'JJJ'
print(ba, len(ba))
print(ba.find(b'world'), ba.count(b'J'), b'EY' in ba, ba.startswith(b'JJ'))
print(ba.decode(), bytes(ba), ba.upper(), ba.lower())
print(bytearray(4), bytearray([1, 2, 3]), bytearray(b'abc') == b'abc', bytearray('xyz', 'utf-8'))
x = bytearray(b'abc')
y = x
x += b'def'
print(x, y, x is y)
z = x + b'!'
print(type(z).__name__, z)
counts = bytearray(5)
for v in [0, 1, 1, 4, 4, 4]:
    counts[v] += 1
print(list(counts))
buf = bytearray(8)
for i in range(8):
    buf[i] = (i * 37) & 0xff
print(buf.hex(), list(buf))
print(bytearray(b'a,b').split(b','), bytearray(b'  x ').strip())
print(memoryview(buf)[2], bytes(memoryview(buf)[1:3]))
