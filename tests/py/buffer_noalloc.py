# The "maximize speed" buffer idioms allocate nothing per iteration: array item updates,
# memoryview slice assignment between pre-made views, readinto() from a stream and a file
# into a pre-allocated buffer, and indexing. Each loop prints how many heap bytes it took.
import gc, array, io

buf = bytearray(256)
mv = memoryview(buf)
arr = array.array('i', range(64))
src = io.BytesIO(bytes(range(256)) * 64)
fh = open(__file__, 'rb')
head, nxt, dst = mv[0:4], mv[4:8], mv[8:72]

def update_array(n):
    for i in range(n):
        for j in range(64):
            arr[j] = arr[j] + 1

def assign_views(n):
    for i in range(n):
        head[:] = nxt
        mv[0:4] = b'abcd'

def readinto_stream(n):
    for i in range(n):
        if src.readinto(dst) == 0:
            src.seek(0)

def readinto_file(n):
    for i in range(n):
        if fh.readinto(buf) == 0:
            fh.seek(0)

def index_buffers(n):
    s = 0
    for i in range(n):
        s += mv[i & 255] + arr[i & 63]
        buf[i & 255] = i & 255
    return s

for loop in (update_array, assign_views, readinto_stream, readinto_file, index_buffers):
    loop(2)
    gc.collect()
    before = gc.mem_alloc()
    loop(200)
    print(loop.__name__, gc.mem_alloc() - before)
fh.close()
