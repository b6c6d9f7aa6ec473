# list comparison (lexicographic, nested), concatenation, repetition and in-place forms.
pairs = [([], []), ([], [0]), ([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2, 3], [1, 2]), ([2], [1, 9, 9]),
         ([[1, 2]], [[1, 3]]), ([1, 'a'], [1, 'b']), ([1.5], [1]), ([True], [1])]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print([1, 2] == (1, 2), [] == (), [1] != (1,), [[]] == [[]], [1, [2, [3]]] == [1, [2, [3]]])
for a, b in [([1], (1,)), ([1], 'a'), ([1], 1)]:
    try:
        a < b
        print('compared')
    except TypeError:
        print('TypeError <', type(b).__name__)
    try:
        a + b
        print('added')
    except TypeError:
        print('TypeError +', type(b).__name__)
l = [1, 2]
alias = l
l += (3, 4)
l += 'ab'
l += range(2)
print(l, alias is l)
l = l + [9]
print(alias is l, len(alias), len(l))
print([0] * 3, 3 * ['x'], [1, 2] * 0, [1] * -5, [[0]] * 2, [None] * 1)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
try:
    [1] * 2.0
except TypeError:
    print('TypeError list * float')
print(list('abc'), list((1, 2)), list(range(3)), list({'k': 1}), list(x for x in 'xy'), list(b'AB'))
