# bytes.format / bytearray.format and set.__contains__, which MicroPython has (CPython
# lacks the format methods), so the expected output is MicroPython's.
print(b'{}-{}'.format(1, 'a'), bytearray(b'x{}').format(2), b'{:>5}|{!r}'.format(3, 'q'))
print({1}.__contains__(1), frozenset([2]).__contains__(3), {1, 2}.__contains__(2))
