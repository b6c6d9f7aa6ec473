def g(n):
    if n == 0:
        return 0
    return g(n - 1) + 1
for d in (1000, 10000, 30000, 100000):
    try:
        print(d, g(d))
    except RuntimeError as e:
        print(d, "RuntimeError:", e)
