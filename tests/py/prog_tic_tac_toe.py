# Tic-tac-toe with full minimax search (memoised) and a self-played game.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != '.' and b[a] == b[c] == b[d]:
            return b[a]
    return None
# The memo table is a flat list indexed by the base-3 board encoding (allocated once,
# which keeps the heap unfragmented on small MicroPython heaps).
memo = [0] * (3 ** 9 * 2)
evaluated = [0]
def encode(b, player):
    k = 0
    for ch in b:
        k = k * 3 + (0 if ch == '.' else 1 if ch == 'X' else 2)
    return k * 2 + (player == 'O')
def minimax(b, player):
    key = encode(b, player)
    if memo[key]:
        v = memo[key]
        return (v // 10 - 2, None if v % 10 == 9 else v % 10)
    w = winner(b)
    if w:
        r = (1 if w == 'X' else -1, None)
    elif '.' not in b:
        r = (0, None)
    else:
        best = None
        for i in range(9):
            if b[i] == '.':
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, 'O' if player == 'X' else 'X')
                if best is None or (player == 'X' and score > best[0]) or (player == 'O' and score < best[0]):
                    best = (score, i)
        r = best
    memo[key] = (r[0] + 2) * 10 + (9 if r[1] is None else r[1])
    evaluated[0] += 1
    return r
board = '.' * 9
player = 'X'
while winner(board) is None and '.' in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = 'O' if player == 'X' else 'X'
for r in range(3):
    print(' '.join(board[r * 3:r * 3 + 3]))
print('winner:', winner(board), 'positions evaluated:', evaluated[0])
print(minimax('XX.OO....', 'X'), minimax('XX.OO....', 'O'), minimax('X...O...X', 'O'))
