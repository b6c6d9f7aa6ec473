# Set-based algorithms: Jaccard similarity, set cover (greedy), and duplicate detection.
def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0
docs = {'d1': 'the cat sat on the mat', 'd2': 'the cat ate the rat', 'd3': 'dogs chase cats', 'd4': ''}
names = sorted(docs)
for i, x in enumerate(names):
    for y in names[i + 1:]:
        print(x, y, round(jaccard(docs[x].split(), docs[y].split()), 3))
universe = set(range(1, 11))
subsets = {'A': {1, 2, 3, 8}, 'B': {1, 2, 3, 4, 5}, 'C': {4, 5, 7}, 'D': {5, 6, 7}, 'E': {6, 7, 8, 9, 10}}
chosen = []
covered = set()
while covered != universe:
    best = max(sorted(subsets), key=lambda k: len(subsets[k] - covered))
    chosen.append(best)
    covered |= subsets[best]
print(chosen, sorted(covered))
values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
seen, dups = set(), set()
for v in values:
    (dups if v in seen else seen).add(v)
print(sorted(seen), sorted(dups), len(values) - len(seen))
print(sorted(set('abracadabra') - set('abc')), sorted(set(range(10)) ^ set(range(5, 15))))
