# Allocation-heavy code: short-lived tuples, lists and objects the collector recycles.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
acc = 0
for i in range(5000):
    p = P(i, (i, i + 1))
    l = [p, p.y, [i]]
    acc += len(l) + p.y[1]
print(acc)
