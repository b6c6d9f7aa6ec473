# int.to_bytes / int.from_bytes: byte orders, signed keyword, lengths and overflow.
for v in [0, 1, 127, 128, 255, 256, 0x1234, 0xDEADBEEF, 2 ** 63, 2 ** 64 - 1, 2 ** 100 + 5]:
    n = (len(hex(v)) - 1) // 2 if v else 1
    n = max(n, 1)
    be = v.to_bytes(n, 'big')
    le = v.to_bytes(n + 2, 'little')
    print(v, n, be, le, int.from_bytes(be, 'big') == v, int.from_bytes(le, 'little') == v)
for v in [-1, -128, -129, -32768, 127, -(2 ** 63), -(2 ** 70) + 7]:
    for n in [2, 4, 9, 12]:
        try:
            b = v.to_bytes(n, 'big', signed=True)
            u = int.from_bytes(b, 'big')
            print(v, n, b, u - (1 << (8 * n)) if u >> (8 * n - 1) else u)
        except OverflowError:
            print(v, n, 'OverflowError')
print(int.from_bytes(b'\xff' * 16, 'big'), int.from_bytes(b'\x01' + b'\x00' * 15, 'big'))
print((-2).to_bytes(3, 'little', signed=True), (255).to_bytes(2, 'little', signed=True))
print(int.from_bytes(bytearray(b'\x02\x01'), 'little'), int.from_bytes(b'\x00\x00\x00\x01', 'big'))
for v, n in [(256, 1), (2 ** 64, 8), (-1, 4), (2 ** 15, 2)]:
    try:
        print(v.to_bytes(n, 'big'))
    except OverflowError:
        print('OverflowError', v, n)
try:
    (2 ** 15).to_bytes(2, 'big', signed=True)
except OverflowError:
    print('OverflowError signed 2**15 in 2 bytes')
print((5).to_bytes(0, 'big') if False else (0).to_bytes(3, 'little'))
