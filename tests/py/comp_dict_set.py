# Dict and set comprehensions.
sq = {x: x * x for x in range(6)}
print(sorted(sq.items()))
inv = {v: k for k, v in sq.items()}
print(sorted(inv.items()))
words = 'apple banana avocado blueberry cherry cranberry'.split()
by_letter = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(sorted(by_letter.items()))
lengths = {w: len(w) for w in words if len(w) > 5}
print(sorted(lengths.items()))
print(sorted({c for c in 'mississippi'}), sorted({x % 5 for x in range(100)}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x + y == 2}))
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(sorted((k, sorted(v.items())) for k, v in nested.items()))
counts = {c: 'hello world'.count(c) for c in set('hello world') if c != ' '}
print(sorted(counts.items()))
print({k: v for k, v in zip('abc', range(3))} == {'a': 0, 'b': 1, 'c': 2})
print(len({i: None for i in range(1000)}), len({i % 7 for i in range(1000)}))
print(sorted({s.upper() for s in ['a', 'A', 'b']}))
cond = {n: ('even' if n % 2 == 0 else 'odd') for n in range(5)}
print(sorted(cond.items()))
