# collections.deque: bounded queues drop from the opposite end; indexing and iteration.
from collections import deque
d = deque((), 3)
for i in range(6):
    d.append(i)
    print(list(d), len(d))
d.appendleft(-1)
print(list(d), d[0], d[-1], d[1])
d[1] = 'x'
print(list(d), 'x' in d, 99 in d, bool(d))
print(d.pop(), d.popleft(), list(d))
while d:
    d.pop()
print(len(d), bool(d), list(d))
for f in (d.pop, d.popleft):
    try:
        f()
    except IndexError:
        print('IndexError')
q = deque([1, 2, 3], 10)
q.extend(range(4, 8))

print(list(q), len(q), [x * 2 for x in q][:3])
try:
    q[20]
except IndexError:
    print('IndexError')
window = deque((), 4)
avgs = []
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)
zero = deque((), 0)
zero.append(1)
print(len(zero))
