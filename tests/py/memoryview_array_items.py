# memoryview over arrays: items come out as the array's typecode says, and stores write back.
import array
for tc, vals in [('b', [-128, 0, 127]), ('B', [0, 128, 255]), ('h', [-32768, 5, 32767]),
                 ('H', [0, 40000, 65535]), ('i', [-2 ** 31, 7, 2 ** 31 - 1]),
                 ('I', [0, 3000000000, 1]), ('q', [-2 ** 63, 1, 2 ** 63 - 1]),
                 ('Q', [0, 2 ** 64 - 1, 9]), ('f', [0.5, -1.25, 3.0]), ('d', [0.1, -2.5, 1e100])]:
    a = array.array(tc, vals)
    m = memoryview(a)
    print(tc, len(m), list(m), m[0], m[-1], list(m[1:]), len(bytes(m)))
a = array.array('h', [1, 2, 3, 4])
m = memoryview(a)
m[0] = -7
m[1:3] = array.array('h', [20, 30])
print(a, list(m))
f = array.array('f', [1.0, 2.0])
mf = memoryview(f)
mf[1] = 2.75
print(f, mf[1], mf[0] + mf[1])
sub = memoryview(array.array('i', [10, 20, 30, 40]))[1:3]
print(len(sub), list(sub), sub[0], sub[1])
sub[0] = 99
print(list(sub))
d = array.array('d', [0.0] * 3)
md = memoryview(d)
for i in range(3):
    md[i] = i / 4
print(d, sum(md))
