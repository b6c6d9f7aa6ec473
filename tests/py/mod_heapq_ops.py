# heapq: push/pop order, heapify, tuples as priorities, heap invariants, errors.
import heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, v)
    assert all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))
print(h, [heapq.heappop(h) for _ in range(len(h))], h)
data = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e')]
heapq.heapify(data)
print(data[0], [heapq.heappop(data) for _ in range(5)])
nums = list(range(20, 0, -3))
heapq.heapify(nums)
print(nums, all(nums[(i - 1) // 2] <= nums[i] for i in range(1, len(nums))))
h = [1.5]
heapq.heappush(h, 0.5)
heapq.heappush(h, 2)
print(heapq.heappop(h), h)
try:
    heapq.heappop([])
except IndexError:
    print('IndexError')
for bad in (lambda: heapq.heappush((), 1), lambda: heapq.heapify('abc')):
    try:
        bad()
    except TypeError:
        print('TypeError')
