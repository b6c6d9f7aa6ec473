# 0/1 knapsack with dynamic programming and item reconstruction.
items = [('map', 9, 150), ('compass', 13, 35), ('water', 153, 200), ('sandwich', 50, 160),
         ('glucose', 15, 60), ('tin', 68, 45), ('banana', 27, 60), ('apple', 39, 40),
         ('cheese', 23, 30), ('beer', 52, 10), ('suntan', 11, 70), ('camera', 32, 30),
         ('tshirt', 24, 15), ('trousers', 48, 10), ('umbrella', 73, 40), ('wtrousers', 42, 70),
         ('woverclothes', 43, 75), ('notecase', 22, 80), ('sunglasses', 7, 20), ('towel', 18, 12),
         ('socks', 4, 50), ('book', 30, 10)]
def knapsack(items, cap):
    n = len(items)
    table = [[0] * (cap + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        _, w, v = items[i - 1]
        prev = table[i - 1]
        cur = table[i]
        for c in range(cap + 1):
            best = prev[c]
            if w <= c and prev[c - w] + v > best:
                best = prev[c - w] + v
            cur[c] = best
    chosen = []
    c = cap
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return table[n][cap], sorted(chosen)
for cap in (50, 100, 400):
    value, chosen = knapsack(items, cap)
    weight = sum(w for name, w, v in items if name in chosen)
    print(cap, value, weight, chosen)
