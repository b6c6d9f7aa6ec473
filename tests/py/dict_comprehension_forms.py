# dict comprehensions: filters, nested loops, key collisions, and their own scope.
sq = {n: n * n for n in range(6)}
print(sorted(sq.items()))
odd = {n: str(n) for n in range(10) if n % 2}
print(sorted(odd.items()))
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(sorted(pairs.items()))
last_wins = {k % 3: k for k in range(10)}
print(sorted(last_wins.items()))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(sorted(by_letter.items()))
inverted = {v: k for k, v in sq.items()}
print(sorted(inverted.items()))
n = 'outer'
d = {n: n * 2 for n in range(3)}
print(n, sorted(d.items()))
nested = {i: {j: i + j for j in range(2)} for i in range(2)}
print(sorted((k, sorted(v.items())) for k, v in nested.items()))
def make(keys, default):
    return {k: default(k) for k in keys}
print(sorted(make('abc', ord).items()), sorted(make(range(3), lambda x: [x] * x).items()))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()), {c: counts[c] for c in sorted(counts) if counts[c] > 1} == {'i': 4, 'p': 2, 's': 4})
