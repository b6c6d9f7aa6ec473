# bytes and bytearray concatenate with anything that has the buffer protocol.
import array
print(b'ab' + bytearray(b'c'), b'ab' + memoryview(b'cd'), b'ab' + array.array('b', [65]))
print(bytearray(b'x') + b'y', bytearray(b'x') + array.array('B', [66]))
ba = bytearray(b'1'); ba += array.array('B', [50]); print(ba)
