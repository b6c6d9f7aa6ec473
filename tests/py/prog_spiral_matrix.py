# Spiral traversal and generation, rotation and diagonal sums of square matrices.
def spiral_order(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(m[top][c])
        for r in range(top + 1, bottom + 1):
            out.append(m[r][right])
        if top < bottom:
            for c in range(right - 1, left - 1, -1):
                out.append(m[bottom][c])
        if left < right:
            for r in range(bottom - 1, top, -1):
                out.append(m[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
def spiral_matrix(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for v in range(1, n * n + 1):
        m[r][c] = v
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or m[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m
def rotate(m):
    return [list(row) for row in zip(*m[::-1])]
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(spiral_order(grid), spiral_order([[1]]), spiral_order([[1, 2], [3, 4]]))
s = spiral_matrix(5)
for row in s:
    print(' '.join('%2d' % v for v in row))
print(spiral_order(s) == list(range(1, 26)))
print(rotate(grid), rotate(rotate(rotate(rotate(grid)))) == grid)
print(sum(s[i][i] for i in range(5)), sum(s[i][4 - i] for i in range(5)))
