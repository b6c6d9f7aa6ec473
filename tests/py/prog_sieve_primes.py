# Prime sieves, factorisation and number-theory helpers.
def sieve(n):
    flags = bytearray(b'\x01' * (n + 1))
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = 0
        i += 1
    return [i for i in range(n + 1) if flags[i]]
primes = sieve(2000)
print(len(primes), primes[:15], primes[-3:])
def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out
for n in [2, 360, 1001, 65537, 600851475143, 2 ** 32 - 1, 999999]:
    print(n, factorize(n))
def phi(n):
    result = n
    for p in set(factorize(n)):
        result = result // p * (p - 1)
    return result
print([phi(n) for n in range(1, 21)])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)][:10]
print(twins)
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
goldbach = {n: next(p for p in primes if (n - p) in set(primes)) for n in range(4, 60, 2)}
print(sorted(goldbach.items())[:10])
