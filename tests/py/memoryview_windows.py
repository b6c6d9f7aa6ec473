# memoryview slices are windows on the same memory: reads and writes go through, no copies.
buf = bytearray(b'abcdefghij')
m = memoryview(buf)
print(len(m), m[0], m[-1], bytes(m), bytes(m[2:5]), list(m[7:]))
s = m[2:8]
t = s[1:4]
print(len(s), len(t), bytes(t), t[0], t[-1])
t[0] = ord('D')
s[0] = ord('C')
print(buf)
m[0:3] = b'XYZ'
print(buf)
t[1:3] = bytearray(b'ef')
print(buf, bytes(t))
buf[5] = ord('!')
print(bytes(s), bytes(t), s[3])
ro = memoryview(b'read only')
print(ro[0], bytes(ro[5:]), len(ro))
for op in ['item', 'slice']:
    try:
        if op == 'item':
            ro[0] = 1
        else:
            ro[0:2] = b'xx'
    except TypeError:
        print('TypeError writing', op)
for bad in [10, -11]:
    try:
        m[bad]
    except IndexError:
        print('IndexError', bad)
try:
    m[0:2] = b'toolong'
except ValueError:
    print('ValueError size mismatch')
print(m == buf, m[1:3] == b'YZ', memoryview(b'ab') == memoryview(b'ab'), m != b'no')
print(bytes(memoryview(m)), bytearray(m[0:2]), b'#' + m[0:2], m.hex())
total = 0
for x in m[3:6]:
    total += x
print(total, sum(m), max(m), min(memoryview(b'zay')), list(reversed(list(m[:3]))))
