# ASCII Mandelbrot set using float arithmetic (only iteration counts are printed).
def mandel(cx, cy, limit=30):
    x = y = 0.0
    for i in range(limit):
        x2, y2 = x * x, y * y
        if x2 + y2 > 4.0:
            return i
        y = 2 * x * y + cy
        x = x2 - y2 + cx
    return limit
chars = ' .:-=+*#%@'
rows = []
for j in range(17):
    cy = -1.2 + j * 0.15
    row = ''
    for i in range(48):
        cx = -2.1 + i * 0.0625
        n = mandel(cx, cy)
        row += chars[min(n, 30) * (len(chars) - 1) // 30]
    rows.append(row)
print('\n'.join(rows))
total = sum(mandel(-2.0 + i * 0.125, -1.0 + j * 0.125) for i in range(24) for j in range(17))
print('total iterations', total)
