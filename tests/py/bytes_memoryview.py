# memoryview over bytes and bytearray: indexing, slicing without copies, writes through views.
data = bytearray(b'0123456789')
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], bytes(mv[2:5]))
sub = mv[3:7]
print(len(sub), bytes(sub), sub[0])
sub[0] = ord('X')
print(data)
mv[0:2] = b'AB'
print(data)
ro = memoryview(b'readonly')
print(bytes(ro[4:]), ro[0])
try:
    ro[0] = 65
except TypeError:
    print('TypeError writing read-only view')
def checksum(view):
    s = 0
    for b in view:
        s = (s + b) & 0xff
    return s
print(checksum(mv), checksum(mv[5:]), checksum(memoryview(b'')))
chunks = [bytes(mv[i:i + 3]) for i in range(0, len(mv), 3)]
print(chunks)
import array
arr = array.array('h', [1, -2, 300])
mva = memoryview(arr)
print(len(mva), mva[1], mva[2])
