# Chained comparisons evaluate each operand at most once.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) <= v(1) >= v(0) != v(5), calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] not in [[5]])
print(1 < x > 3, 'a' < 'b' <= 'b' < 'c')
print([1] < [2] < [3], (1, 2) <= (1, 2) < (1, 3))
print(None is None is not False)
y = [x for x in range(20) if 3 < x <= 7]
print(y)
def between(lo, a, hi):
    return lo < a < hi
print(between(0, 1, 2), between(0, 0, 2), between(0, 2, 2))
print(1 < 2.5 < 3, -1 < 0 < 1 < 2 < 3 < 4 < 5)
