# bytes search/split/strip methods over a grid of arguments (MicroPython's subset).
data = [b'', b'abracadabra', b'  spaced  out  ', b'a,b,,c,', b'\x00\xffAB\x00']
for b in data:
    print(b, len(b))
    for sub in [b'a', b'ab', b'bra', b',', b'\x00', b'zz']:
        print(' ', sub, [b.find(sub, s, e) for s in (None, 1, -3) for e in (None, 4, -1)],
              [b.rfind(sub, s) for s in (None, 2, -2)], b.count(sub), b.startswith(sub), b.endswith(sub))
    print(' ', b.split(), b.split(b','), b.split(b'a', 1), b.rsplit(b',', 1), b.strip(), b.lstrip(), b.rstrip())
    print(' ', b.strip(b'a\x00'), b.partition(b'b'), b.rpartition(b'b'), b.replace(b'a', b'A'), b.replace(b'a', b'', 2))
    print(' ', b.upper(), b.lower(), b.isalpha(), b.isdigit(), b.isspace(), b.isupper(), b.islower())
    print(' ', b.center(14), b.hex(), bytes.fromhex(b.hex()) == b, b.splitlines())
for sub, args in [(b'q', ()), (b'a', (5, 6)), (b'c', (0, 3))]:
    for m in ('index', 'rindex'):
        try:
            print(m, getattr(b'abcabc', m)(sub, *args))
        except ValueError:
            print(m, 'ValueError', sub, args)
print(b'-'.join([b'x', b'y', b'z']), b''.join([]), b', '.join((b'1', bytearray(b'2'))))
print(b'l1\nl2\r\nl3\r'.splitlines(), b'l1\nl2\r\n'.splitlines(True), b'x'.splitlines())
print(bytes.fromhex('00 0a FF 7f'), b'\x01\xab'.hex(), bytearray.fromhex('cafe'), b'AbC'.lower())
for bad in ['0', 'zz', '0g']:
    try:
        bytes.fromhex(bad)
    except ValueError:
        print('ValueError fromhex', bad)
