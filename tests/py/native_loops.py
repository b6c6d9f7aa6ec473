# @micropython.native functions with loops, arithmetic and containers.
import micropython

@micropython.native
def sum_range(n):
    s = 0
    for i in range(n):
        s += i
    return s

@micropython.native
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        steps += 1
    return steps

@micropython.native
def primes(limit):
    sieve = bytearray(limit)
    out = []
    for i in range(2, limit):
        if not sieve[i]:
            out.append(i)
            for j in range(i * i, limit, i):
                sieve[j] = 1
    return out

@micropython.native
def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            if j > 6:
                break
            total += i * j
    else:
        total = -total
    return total

@micropython.native
def build(n):
    d = {}
    for i in range(n):
        d[i % 5] = d.get(i % 5, 0) + i
    return sorted(d.items()), [x * x for x in range(n) if x & 1], {c for c in 'native'} == set('native')

@micropython.native
def big_math(n):
    x = 1
    for i in range(1, n + 1):
        x *= i
    return x, x % 1000003, 2 ** 100 // 3, -7 // 2, 7.5 / 2

print(sum_range(1000), collatz_len(27), [collatz_len(i) for i in range(1, 10)])
print(primes(60))
print(nested(10), nested(0))
print(build(12))
print(big_math(25))
