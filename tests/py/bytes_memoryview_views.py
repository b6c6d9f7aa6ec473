# memoryview: slices share memory with the underlying object, writes go through.
buf = bytearray(b'abcdefgh')
m = memoryview(buf)
print(len(m), m[0], m[-1], bytes(m[2:5]), len(m[3:]), list(m)[:3])
s = m[2:6]
s[0] = 88
s[1:3] = b'YZ'
print(buf, bytes(s), len(s))
m[:] = b'12345678'
print(buf)
buf[0] = 33
print(m[0], bytes(m[0:2]), bytes(m[1:][1:][1:2]))
v = memoryview(b'readonly')
print(v[0], bytes(v[4:]), len(v))
try:
    v[0] = 1
except TypeError:
    print('TypeError')
try:
    m[0:2] = b'abc'
except ValueError:
    print('ValueError')
print(list(memoryview(b'xyz')), [c for c in m[6:]], bytearray(m[:2]), b''.join([m[0:1], m[1:2]]))
print(memoryview(m)[1], bytes(memoryview(bytearray(3))), memoryview(b'ab').hex())
