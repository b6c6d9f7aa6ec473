# gcd, lcm, extended Euclid, continued fractions and rational approximations.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
def lcm_many(*xs):
    r = 1
    for x in xs:
        r = lcm(r, x)
    return r
def ext_gcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q = a // b
        a, b = b, a - q * b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 18), gcd(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(21, 6), lcm_many(*range(1, 21)), lcm(0, 5))
for a, b in [(240, 46), (99, 78), (2 ** 61 - 1, 12345)]:
    g, x, y = ext_gcd(a, b)
    print(a, b, g, x, y, a * x + b * y == g)
def continued_fraction(n, d):
    out = []
    while d:
        q = n // d
        out.append(q)
        n, d = d, n - q * d
    return out
def convergents(cf):
    h0, h1, k0, k1 = 1, cf[0], 0, 1
    out = [(h1, k1)]
    for a in cf[1:]:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out
cf = continued_fraction(314159265358979, 100000000000000)
print(cf[:8])
print(convergents(cf[:6]))
print(continued_fraction(415, 93), continued_fraction(1, 1), continued_fraction(0, 5))
