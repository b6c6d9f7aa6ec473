# Bytes literal forms.
print(b'abc', b"abc", b'''abc''', b'ABC')
print(b'\x00\x01\xfe\xff')
print(b'\t\n\r\\', b'\'', b"\"")
print(b'\101\102', b'\x7f\x80')
print(br'\x00', rb'\n', len(br'\x00'))
print(b'a' b'b' b'c')
print(list(b'AZaz09'))
print(b'\0'[0], b'\177'[0], b'\377'[0])
x = b'hello'
print(x[0], x[-1], x[1:3], x[:0], x[10:])
print(type(x).__name__, len(x), x == b'hello', x != 'hello')
print(bytes(b'copy'), bytes([104, 105]), bytes(2))
