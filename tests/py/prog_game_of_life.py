# Conway's Game of Life on a small torus with a glider and a blinker.
W, H = 12, 8
def step(cells):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    for k, c in counts.items():
        if c == 3 or (c == 2 and k in cells):
            new.add(k)
    return new
def show(cells):
    for y in range(H):
        print(''.join('#' if (x, y) in cells else '.' for x in range(W)))
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 4), (9, 4), (10, 4)}
show(cells)
for gen in range(1, 5):
    cells = step(cells)
    print('generation', gen, 'population', len(cells), sorted(cells)[:4])
show(cells)
for _ in range(44):
    cells = step(cells)
print('after 48 generations', len(cells), sorted(cells))
