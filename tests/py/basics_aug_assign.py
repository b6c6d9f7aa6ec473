# Augmented assignment operators on various types.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0x100; print(x)
x &= 0xff0; print(x)
x ^= 0xf; print(x)
f = 1.5
f += 1; f *= 3; f /= 2; print(f)
s = 'ab'
s += 'cd'; s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l = l * 2
print(l, alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
d = {'n': 0}
for i in range(5):
    d['n'] += i
print(d)
class C:
    v = 1
c = C()
c.v += 10
print(c.v, C.v)
arr = [[0, 0], [0, 0]]
arr[1][0] += 7
print(arr)
cnt = 0
def key():
    global cnt
    cnt += 1
    return 0
lst = [5]
lst[key()] += 1
print(lst, 'key called', cnt)
b = b'x'
b += b'y'
print(b)
