# List comprehensions: filters, nesting, multiple for clauses, expressions.
print([x for x in range(10)])
print([x * x for x in range(10) if x % 2 == 0])
print([x if x % 3 else 'fizz' for x in range(1, 10)])
print([(x, y) for x in range(3) for y in 'ab'])
print([(x, y) for x in range(4) if x > 1 for y in range(x) if y % 2 == 0])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
words = ['Hello', 'World', 'Py']
print([w.lower() for w in words], [len(w) for w in words], [w[0] for w in words if len(w) > 2])
print([c for c in 'hello world' if c not in 'aeiou '])
print([int(d) for d in str(2 ** 20)])
print([f(3) for f in (abs, str, bool)])
print([[x, x ** 2] for x in range(3)])
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(pairs)
print([y for x in [[1, 2], [3]] for y in x])
print([i for i in range(3) for _ in range(2)])
x = 'global'
res = [x for x in 'ab']
print(res, x)
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
print([(lambda v: v * 10)(i) for i in range(3)])
