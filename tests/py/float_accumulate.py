# Float accumulation: naive sum vs Kahan summation vs exact integer scaling.
def naive(xs):
    s = 0.0
    for x in xs:
        s += x
    return s
def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
values = [0.1] * 10
print(naive(values), kahan(values), sum(values))
values = [1e16, 1.0, -1e16] * 3
print(naive(values), kahan(values))
cents = [19.99, 5.01, 0.10, 0.20, 100.00]
print(sum(int(round(c * 100)) for c in cents) / 100, '%.2f' % naive(cents))
def mean_var(xs):
    n = 0
    mean = 0.0
    m2 = 0.0
    for x in xs:
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
    return mean, m2 / (n - 1)
m, v = mean_var([2, 4, 4, 4, 5, 5, 7, 9])
print(m, round(v, 10))
def trapezoid(f, a, b, n):
    h = (b - a) / n
    s = (f(a) + f(b)) / 2
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
print(round(trapezoid(lambda x: x * x, 0.0, 3.0, 300), 6), round(trapezoid(lambda x: 1 / x, 1.0, 2.0, 1000), 6))
