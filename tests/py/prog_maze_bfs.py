# Breadth-first search through a text maze, printing the shortest path.
MAZE = """
###########
#S..#.....#
#.#.#.###.#
#.#...#...#
#.#####.#.#
#...#...#E#
###.#.###.#
#.....#...#
###########
""".strip().split('\n')
grid = [list(row) for row in MAZE]
start = end = None
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == 'S':
            start = (r, c)
        elif ch == 'E':
            end = (r, c)
queue = [start]
prev = {start: None}
head = 0
while head < len(queue):
    cur = queue[head]
    head += 1
    if cur == end:
        break
    r, c = cur
    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        if grid[nr][nc] != '#' and (nr, nc) not in prev:
            prev[(nr, nc)] = cur
            queue.append((nr, nc))
path = []
node = end
while node is not None:
    path.append(node)
    node = prev[node]
path.reverse()
print('start', start, 'end', end, 'length', len(path) - 1, 'explored', len(prev))
for r, c in path[1:-1]:
    grid[r][c] = '*'
for row in grid:
    print(''.join(row))
