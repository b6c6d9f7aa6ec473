# Comprehensions with conditional expressions, multiple filters and nested structure output.
nums = range(-5, 11)
print([('neg' if n < 0 else 'zero' if n == 0 else 'pos') for n in nums][:7])
print([n for n in nums if n % 2 if n > 0])
print([n * n if n % 3 == 0 else -n for n in nums if abs(n) < 4])
table = [[('#' if (r + c) % 2 else '.') for c in range(6)] for r in range(3)]
print('\n'.join(''.join(row) for row in table))
words = ['apple', 'Banana', 'cherry', 'date', 'Elder', 'fig']
print(sorted({w[0].lower(): [x for x in words if x[0].lower() == w[0].lower()] for w in words if len(w) > 3}.items()))
print(sorted({len(w) for w in words if w.islower()}))
primes = [p for p in range(2, 50) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
pairs = [(a, b) for a in primes[:6] for b in primes[:6] if a < b and (b - a) == 2]
print(pairs)
print([[y for y in range(x) if y % 2 == 0] for x in range(6) if x % 2 == 1])
