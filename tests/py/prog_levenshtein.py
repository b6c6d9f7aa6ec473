# Edit distance with operation traceback, and fuzzy matching against a word list.
def edit_ops(a, b):
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    ops = []
    i, j = n, m
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append(('keep ' if a[i - 1] == b[j - 1] else 'sub  ') + a[i - 1] + (('->' + b[j - 1]) if a[i - 1] != b[j - 1] else ''))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            ops.append('del  ' + a[i - 1])
            i -= 1
        else:
            ops.append('ins  ' + b[j - 1])
            j -= 1
    return d[n][m], ops[::-1]
dist, ops = edit_ops('kitten', 'sitting')
print(dist, ops)
print(edit_ops('', 'abc')[0], edit_ops('abc', '')[0], edit_ops('same', 'same')[0], edit_ops('flaw', 'lawn'))
WORDS = ['python', 'micropython', 'pyboard', 'cpython', 'typhoon', 'pylon', 'bytecode', 'native']
def closest(word, n=3):
    return sorted(WORDS, key=lambda w: (edit_ops(word, w)[0], w))[:n]
for q in ('pythn', 'microphone', 'natve', 'bitcode'):
    print(q, closest(q))
