# Common loop idioms: accumulate, search, index tracking, pairwise, sliding window.
data = [4, 8, 15, 16, 23, 42]
total = 0
for v in data:
    total += v
print(total)
best_i = 0
for i in range(1, len(data)):
    if data[i] - data[i - 1] > data[best_i + 1] - data[best_i] if best_i + 1 < len(data) else False:
        best_i = i - 1
print(best_i, data[best_i], data[best_i + 1])
for i, v in enumerate(data):
    if v > 15:
        print('first > 15 at', i)
        break
pairs = [(a, b) for a, b in zip(data, data[1:])]
print(pairs)
window = 3
print([sum(data[i:i + window]) for i in range(len(data) - window + 1)])
i, j = 0, len(data) - 1
target = 50
while i < j:
    s = data[i] + data[j]
    if s == target:
        print('pair summing to', target, data[i], data[j])
        break
    if s < target:
        i += 1
    else:
        j -= 1
else:
    print('no pair')
evens, odds = [], []
for v in data:
    (evens if v % 2 == 0 else odds).append(v)
print(evens, odds)
running_max = []
m = None
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    m = v if m is None or v > m else m
    running_max.append(m)
print(running_max)
count = 0
n = 1
while n < 1000:
    n *= 3
    count += 1
print(count, n)
