# dict views are live: they see later inserts and deletions; iteration, len and membership.
d = {'one': 1, 'two': 2}
ks, vs, its = d.keys(), d.values(), d.items()
print(len(ks), len(vs), len(its), 'one' in ks, 1 in vs, ('two', 2) in its, ('two', 3) in its)
d['three'] = 3
print(len(ks), sorted(ks), sorted(vs), sorted(its))
del d['one']
print(len(ks), sorted(ks), 'one' in ks, 1 in vs)
d.clear()
print(len(ks), list(ks), list(vs), list(its))
d.update(x=10, y=20)
total = 0
for k in d.keys():
    total += d[k]
for v in d.values():
    total += v
for k, v in d.items():
    total += len(k) * v
print(total, sorted(d.items()))
print(sorted(k for k in d), sorted(zip(d.keys(), d.values())) == sorted(d.items()))
it = iter(d)
first = next(it)
print(first in d, sorted(list(it) + [first]))
d2 = {i: i * i for i in range(6)}
print(sum(d2.values()), max(d2.keys()), min(d2.items()), sorted(d2.items(), key=lambda kv: -kv[1])[:2])
for k in list(d2):
    d2[k + 100] = 0
print(len(d2), sorted(d2)[-3:])
