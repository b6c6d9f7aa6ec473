# heapq: heappush/heappop/heapify for priority processing.
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(6)], h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data[0], sorted(data))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (5, 'ship'), (4, 'test')]:
    heapq.heappush(tasks, (prio, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks)[1])
print(order)
def kth_smallest(items, k):
    h = list(items)
    heapq.heapify(h)
    for _ in range(k - 1):
        heapq.heappop(h)
    return h[0]
print([kth_smallest([7, 10, 4, 3, 20, 15], k) for k in range(1, 7)])
def merge_sorted(*lists):
    h = []
    for i, l in enumerate(lists):
        if l:
            heapq.heappush(h, (l[0], i, 0))
    out = []
    while h:
        v, i, j = heapq.heappop(h)
        out.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(h, (lists[i][j + 1], i, j + 1))
    return out
print(merge_sorted([1, 5, 9], [2, 6], [0, 3, 4, 10]))
