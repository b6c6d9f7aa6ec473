# Comprehensions and generator expressions passed to builtins and constructors.
data = [('alice', 93), ('bob', 78), ('carol', 88), ('dave', 65), ('erin', 99)]
print(max(score for _, score in data), min(name for name, _ in data))
print(sum(score for _, score in data if score >= 80) / len([1 for _, s in data if s >= 80]))
print(sorted((s, n) for n, s in data)[-2:])
print(dict((n, s >= 80) for n, s in data) == {n: s >= 80 for n, s in data})
print(set(n[0] for n, _ in data) == {'a', 'b', 'c', 'd', 'e'})
print(tuple(n.upper() for n, s in data if s % 2), list(s // 10 for _, s in data))
print(any(s == 100 for _, s in data), all(len(n) >= 3 for n, _ in data))
print(''.join(n[0] for n, _ in data), ','.join(str(s) for _, s in sorted(data)))
print(list(zip((n for n, _ in data), (s for _, s in data)))[:2])
print([sum(row) for row in ((i * j for j in range(4)) for i in range(4))])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(sum(r) for r in matrix), max(max(r) for r in matrix), [min(c) for c in zip(*matrix)])
print(sorted({len(n) for n, _ in data}), sorted({s % 3: n for n, s in data}.items()))
