# str.encode / bytes.decode round trips and the errors for bad input.
texts = ['', 'ascii', 'caf\u00e9', '\u20ac5', '\U0001f600!', 'mix \u00e9\u20ac\U0001f600']
for t in texts:
    b = t.encode()
    print(len(t), len(b), b, b.decode() == t, t.encode('utf-8') == b, str(b, 'utf-8') == t,
          bytes(t, 'utf-8') == b)
print(bytearray('h\u00e9', 'utf-8'), bytearray('h\u00e9'.encode()).decode() == 'h\u00e9')
for bad in [b'\xff', b'\xc3', b'a\x80b', b'\xe2\x82']:
    try:
        bad.decode()
        print('decoded', bad)
    except UnicodeError:
        print('UnicodeError', bad)
for bad in [5, None, ['a']]:
    try:
        bytes(bad, 'utf-8')
    except TypeError:
        print('TypeError bytes(%s, encoding)' % type(bad).__name__)
try:
    bytes('abc')
except TypeError:
    print('TypeError str without encoding')
print(b'abc'.decode('ascii'), 'abc'.encode('ascii'), isinstance(UnicodeError(), ValueError))
print([c.encode() for c in 'a\u00e9\u20ac'], [len(c.encode()) for c in 'a\u00e9\u20ac\U0001f600'])
