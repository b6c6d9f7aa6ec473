# A small signal-processing chain mixing bytecode, native and viper stages.
import micropython
import array

@micropython.viper
def scale_q8(src, dst, n: int, gain: int):
    s = ptr16(src)
    d = ptr16(dst)
    for i in range(n):
        v = (s[i] * gain) >> 8
        if v > 0xFFFF:
            v = 0xFFFF
        d[i] = v

@micropython.native
def moving_average(data, k):
    out = []
    acc = 0
    for i, v in enumerate(data):
        acc += v
        if i >= k:
            acc -= data[i - k]
        if i >= k - 1:
            out.append(acc // k)
    return out

def report(values):
    lo, hi = min(values), max(values)
    return 'n=%d min=%d max=%d mean=%d' % (len(values), lo, hi, sum(values) // len(values))

src = array.array('H', [(i * 37) % 1000 for i in range(16)])
dst = array.array('H', [0] * 16)
scale_q8(src, dst, 16, 384)
print(list(src))
print(list(dst))
avg = moving_average(list(dst), 4)
print(avg)
print(report(avg))
scale_q8(src, dst, 16, 100000)
print(list(dst)[:6])
