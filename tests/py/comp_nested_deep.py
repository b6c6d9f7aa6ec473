# Deeply nested comprehensions and comprehension-based algorithms.
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
print(identity)
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), matmul(a, identity[:2][:2] and [[1, 0], [0, 1]]))
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
print(transpose([[1, 2, 3], [4, 5, 6]]))
def flatten(m):
    return [x for row in m for x in row]
print(flatten([[1], [2, 3], [], [4, 5, 6]]))
def powerset(s):
    return [[s[i] for i in range(len(s)) if mask >> i & 1] for mask in range(1 << len(s))]
print(powerset('abc'))
def queens(n):
    sols = [[]]
    for row in range(n):
        sols = [s + [c] for s in sols for c in range(n)
                if all(c != sc and abs(c - sc) != row - sr for sr, sc in enumerate(s))]
    return sols
print(len(queens(6)), queens(6)[0], len(queens(5)))
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(pascal[-1], [sum(r) for r in pascal])
print([[[i, j, k] for k in range(2)] for j in range(2) for i in range(2)][:2])
