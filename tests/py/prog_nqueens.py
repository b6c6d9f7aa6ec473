# N-queens: count and display solutions using backtracking with bitmasks.
def solve(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(list(cols))
            return
        free = ~(used_cols | diag1 | diag2) & ((1 << n) - 1)
        while free:
            bit = free & -free
            free ^= bit
            c = 0
            b = bit
            while b > 1:
                b >>= 1
                c += 1
            cols[row] = c
            place(row + 1, used_cols | bit, (diag1 | bit) << 1, (diag2 | bit) >> 1)
    place(0, 0, 0, 0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(8)[0]
for r in range(8):
    print(' '.join('Q' if first[r] == c else '.' for c in range(8)))
print(solve(6))
