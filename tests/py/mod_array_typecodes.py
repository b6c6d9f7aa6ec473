# array: every typecode, construction from lists/bytes/iterables, indexing, slicing,
# append/extend, iteration, concatenation and equality.
from array import array
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    a.append(4)
    a.extend([5, 6])
    a.extend(array(tc, [7]))
    a[0] = 9
    print(tc, a, len(a), a[-1], a[1:3], list(a), sum(a), a[::1] == a if tc not in "fd" else None)
print(array('b', [127, -128]), array('B', [0, 255]), array('h', [-32768, 32767]))
print(array('i', [-2 ** 31, 2 ** 31 - 1]), array('I', [2 ** 32 - 1]), array('q', [-2 ** 63]))
print(array('Q', [2 ** 64 - 1]), array('f', [0.5, -1.25, 3]), array('d', [1e100, -0.0]))
print(array('B', b'\x01\x02\x03'), array('h', b'\x01\x00\xff\xff'), array('b', bytearray(b'\xfe')))
print(array('i', range(5)), array('d', (x / 2 for x in range(3))), array('I'), array('d', []))
a = array('H', [10, 20, 30, 40, 50])
print(a[1:], a[:-2], a[-2:], a[2:2], a[10:], list(reversed(a)))
a[1:3] = array('H', [7, 8, 9])
print(a, len(a))
a[0:4] = array('H')
print(a)
b = array('i', [1, 2]) + array('i', [3])
b += array('i', [4, 5])
print(b, b == array('i', [1, 2, 3, 4, 5]), b != array('i', [1]), b == [1, 2, 3, 4, 5])
print(array('b', [1, 2]) == array('b', [1, 2]), array('h') == array('h'), bool(array('h')), bool(b))
print([x * 2 for x in array('f', [0.25, 0.5])], 3 in list(b), max(b), sorted(array('i', [3, 1, 2])))
for bad in (lambda: array('z'), lambda: array('i', [1.5]), lambda: array('i', ['a'])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    array('i', [1])[3]
except IndexError:
    print('IndexError')
