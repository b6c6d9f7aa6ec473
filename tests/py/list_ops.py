# list operations: indexing, slicing, comparison, mutation semantics.
a = list(range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1], a[-3:], a[5:1:-1])
a[0] = 'zero'
a[-1] = 'nine'
print(a)
a[2:4] = ['x', 'y', 'z']
print(a)
del a[5:7]
print(a)
a[1:1] = ['inserted']
print(a, len(a))
b = [1, 2, 3]
print(b + [4], b * 2, [0] + b, b == [1, 2, 3], b < [1, 2, 4], b > [1, 2])
print(1 in b, 5 not in b, b.count(2), len(b), max(b), min(b), sum(b))
c = b
c.append(4)
print(b, c is b)
d = b[:]
d.append(5)
print(b, d)
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(matrix)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
stack = []
for ch in '(()(()))':
    if ch == '(':
        stack.append(len(stack))
    else:
        stack.pop()
print('balanced', stack == [])
q = [1, 2, 3]
q.append(q.pop(0))
print(q)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested))
print([x for x in [3, 0, 2] if x], list(map(str, [1, 2])), list(zip([1, 2], [3, 4])))
e = []
e += 'ab'
e += (1, 2)
print(e)
