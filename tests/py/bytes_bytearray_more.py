# bytes and bytearray: constructors, operators, methods and mutation.
b = b'hello world'
print(len(b), b[0], b[-1], b[1:4], b[::-2], b[100:], bytes(3), bytes([65, 66]), bytes(b'x'), bytes(bytearray(b'y')))
print(b.find(b'o'), b.find(111), b.rfind(b'o'), b.index(b'w'), b.count(b'l'), b.count(108), 111 in b, b'wor' in b)
print(b.split(), b.split(b'o'), b.split(b'o', 1), b.rsplit(b'o', 1), b.partition(b' '), b.rpartition(b'l'))
print(b.upper(), b.title(), b.capitalize(), b.replace(b'l', b'L', 2), b.strip(b'hd'), b' x '.strip(), b.center(15, b'*'))
print(b.startswith(b'he'), b.endswith((b'x', b'ld')), b.isalpha(), b'123'.isdigit(), b'  '.isspace(), b'AB'.isupper())
print(b'-'.join([b'a', b'b']), b'-'.join([bytearray(b'c'), b'd']), b.hex(), b'\x00\xff'.hex(), bytes.fromhex('41 42 4a'))
print(b + b'!', b'ab' * 2, b'a' < b'b', b'abc' == b'abc', b'abc' != b'abd', b'ab' <= b'ab', b.decode(), b.decode('utf-8'))
print(list(b'abc'), [x for x in b'\x01\x02'], b'a\nb\r\n'.splitlines(), b'a\tb'.expandtabs(2), b'42'.zfill(4))
a = bytearray(b'abc')
a.append(100)
a.extend(b'ef')
a.extend([103, 104])
a += b'ij'
a += bytearray(b'k')
print(a, len(a), a[0], a[-1], a[1:3], a.pop(), a.pop(0), a)
a[0] = 66
a[1:3] = b'XYZ'
print(a)
del a[0]
del a[1:3]
print(a)
a[1:4] = b'123'
print(a)
a.insert(0, 48)
a.insert(-1, 57)
a.insert(100, 33)
print(a)
a.remove(49)
a.reverse()
print(a, a.copy(), a.find(b'3'), a.count(b'3'), a.upper(), a.split(b'3'), a.hex())
a.clear()
print(a, len(a), bytearray(4), bytearray([1, 2]), bytearray('hi', 'utf-8'), bytearray(b'x') + b'y', b'x' + bytearray(b'y'))
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b', list(bytearray(b'\x05\x06')))
print(bytearray.fromhex('ff00'), bytearray(b'a b').split(), bytearray(b'  x ').strip(), bytes(bytearray(b'q')))
for f in [lambda: bytes([256]), lambda: bytes('abc'), lambda: b'a'.decode('utf-8').x, lambda: bytearray(b'')[0],
          lambda: bytearray(b'').pop(), lambda: b'abc'[5], lambda: bytes.fromhex('0')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
