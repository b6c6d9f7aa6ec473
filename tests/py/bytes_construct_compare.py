# Building bytes from ints, iterables, strings and buffers; comparing, hashing, indexing.
print(bytes(), bytes(0), bytes(3), bytes([0, 1, 255]), bytes(range(65, 70)), bytes((104, 105)))
print(bytes(b'copy'), bytes(bytearray(b'ba')), bytes(memoryview(b'mv')), bytes('text', 'utf-8'))
print(bytes(x * 2 for x in range(5)), bytes(map(ord, 'map')), bytes([True, False]))
for bad in [-1, [256], [-1], 'str', 2.5, [1.0], None]:
    try:
        bytes(bad)
        print('built', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, repr(bad))
b = b'bytes!'
print(b[0], b[-1], b[2:4], b[:0], b[4:100], b[-3:], b[100:], list(b), tuple(b[:2]), b[1:2] == b'y')
for i in [6, -7]:
    try:
        b[i]
    except IndexError:
        print('IndexError', i)
pairs = [(b'a', b'b'), (b'ab', b'a'), (b'', b''), (b'abc', bytearray(b'abc')), (b'\xff', b'\x00')]
for x, y in pairs:
    print(x < y, x <= y, x == y, x != y, x > y, x >= y)
print(b'ab' + b'cd', b'ab' * 3, 2 * b'xy', b'ab' * 0, b'ab' * -1, b'ab' + bytearray(b'!'))
print(b'' in b'abc', b'bc' in b'abc', 98 in b'abc', 120 in b'abc', b'abd' in b'abc')
print(hash(b'key') == hash(b'k' + b'ey'), {b'k': 1}[b'k'], len({b'a', b'a', b'b'}), b'a' == 'a')
print(sorted([b'b', b'a', b'ab', b'']), max(b'hello'), min(b'hello'), sum(b'\x01\x02'))
print(str(b'ab'), repr(b'\n\t\\\'"'), repr(b'it\'s'), repr(bytearray(b'x\x00')))
for bad in [(b'a', 1), (b'a', [1]), (b'a', None)]:
    try:
        bad[0] + bad[1]
        print('added', bad)
    except TypeError:
        print('TypeError + with', type(bad[1]).__name__)
