# bytearray: item and slice assignment, append/extend, +=, and the errors for bad values.
ba = bytearray(b'0123456789')
ba[0] = 65
ba[-1] = 90
print(ba)
ba[1:3] = b'xy'
print(ba)
ba[1:3] = b'LONGER'
print(ba, len(ba))
ba[2:8] = b''
print(ba, len(ba))
ba[0:0] = b'<<'
print(ba)
ba[len(ba):] = bytearray(b'>>')
print(ba)
ba[3:5] = bytearray([97, 98, 99])
print(ba)
ba[-2:] = memoryview(b'!!')
print(ba)
ba.append(63)
ba.extend(b'ext')
ba.extend([1, 2])
ba.extend(bytearray(b'ba'))
print(ba, len(ba))
ba += b'+='
print(ba)
alias = ba
ba += b'#'
print(alias is ba, alias[-1])
for idx, val in [(100, 1), (-4, 1), (0, b'x'), (0, 'x'), (0, 1.5)]:
    try:
        c = bytearray(b'abc')
        c[idx] = val
        print('stored', c)
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, idx, repr(val))
for val in ['str', 1.5, None]:
    try:
        bytearray(b'a').append(val)
        print('appended')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, 'append', repr(val))
c = bytearray(5)
for i in range(5):
    c[i] = i * i
print(c, list(c), bytes(c), c == b'\x00\x01\x04\t\x10', c.decode() == '\x00\x01\x04\t\x10')
d = bytearray(b'hello')
e = d[1:4]
e[0] = 69
print(d, e, d.upper(), d.replace(b'l', b'L'), d.find(b'l'), d.split(b'l'), d.strip(b'ho'))
