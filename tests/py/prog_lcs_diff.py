# Longest common subsequence and a line-based diff built on it.
def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = t[i + 1][j + 1] + 1
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    return t
def lcs(a, b):
    t = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return out
def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) or j < len(b):
        if i < len(a) and j < len(b) and a[i] == b[j]:
            out.append('  ' + a[i])
            i += 1
            j += 1
        elif j < len(b) and (i == len(a) or t[i][j + 1] >= t[i + 1][j]):
            out.append('+ ' + b[j])
            j += 1
        else:
            out.append('- ' + a[i])
            i += 1
    return out
print(''.join(lcs('AGGTAB', 'GXTXAYB')), ''.join(lcs('ABCBDAB', 'BDCABA')), lcs('', 'abc'))
old = ['import sys', 'def main():', '    x = 1', '    print(x)', '    return 0', 'main()']
new = ['import sys', 'import os', 'def main():', '    x = 2', '    print(x)', 'main()', '# end']
for line in diff(old, new):
    print(line)
