# Dict and list work: building, lookups, updates, comprehensions and sorting.
d = {}
for i in range(3000):
    d["k%d" % (i % 500)] = i
total = 0
for k in d:
    total += d[k]
l = [i * 7 % 1000 for i in range(3000)]
l.sort()
sq = [x * x for x in l if x & 1]
print(total, len(sq), l[0], l[-1])
