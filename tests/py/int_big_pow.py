# pow() with big integers, modular exponentiation and modular inverse via extended gcd.
print(pow(2, 256), pow(3, 100), pow(-3, 101))
print(pow(2, 1000, 10 ** 9 + 7), pow(12345678901234567890, 65537, 2 ** 127 - 1))
print(pow(7, 0), pow(0, 0), pow(10, 50, 97), pow(-2, 63), pow(2, 63) - 1)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a % m, m)
    if g != 1:
        return None
    return x % m
p = 2 ** 61 - 1
for a in (2, 3, 123456789, 2 ** 40 + 15):
    inv = modinv(a, p)
    print(a, inv, a * inv % p)
print(modinv(6, 9))
def is_probable_prime(n):
    if n < 2:
        return False
    for sp in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % sp == 0:
            return n == sp
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in (2 ** 31 - 1, 2 ** 61 - 1, 2 ** 89 - 1, 2 ** 64 + 1, 10 ** 18 + 9, 10 ** 18 + 7) if is_probable_prime(n)])
def rsa_demo():
    p, q = 1000000007, 998244353
    n, phi = p * q, (p - 1) * (q - 1)
    e = 65537
    d = modinv(e, phi)
    m = 424242424242
    c = pow(m, e, n)
    return c, pow(c, d, n) == m
print(rsa_demo())
