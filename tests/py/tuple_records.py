# Tuples as lightweight records: sorting, grouping, unpacking and comparison.
people = [('smith', 'anna', 34), ('jones', 'bob', 28), ('smith', 'carl', 19), ('brown', 'dina', 45), ('jones', 'emma', 31)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[2], p[0])))
print(sorted(people, key=lambda p: (p[0], -p[2])))
by_family = {}
for last, first, age in people:
    by_family.setdefault(last, []).append((first, age))
for last in sorted(by_family):
    print(last, sorted(by_family[last]))
oldest = max(people, key=lambda p: p[2])
youngest = min(people, key=lambda p: p[2])
print(oldest, youngest)
ages = tuple(p[2] for p in people)
print(ages, sum(ages) / len(ages), ages.count(31), ages.index(45))
pairs = list(zip(*people))
print(pairs[1], len(pairs))
print((1, 2, 3) < (1, 2, 4) < (1, 3), (2,) > (1, 100), ('a', 1) < ('a', 2))
coords = {(0, 0): 'origin', (1, 0): 'east', (0, 1): 'north'}
print(coords[(1, 0)], sorted(coords), (0, 1) in coords)
