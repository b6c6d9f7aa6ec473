# while loops: counters, sentinels, nested loops and complex conditions.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
data = [5, 3, 8, -1, 4, 7]
i = 0
total = 0
while i < len(data) and data[i] >= 0:
    total += data[i]
    i += 1
print('sum before sentinel', total, 'stopped at', i)
row = 1
while row <= 4:
    col = 1
    line = []
    while col <= row:
        line.append(str(row * col))
        col += 1
    print(' '.join(line))
    row += 1
x = 100
while True:
    x -= 17
    if x < 0:
        break
    if x % 2:
        continue
    print('even x', x)
count = 0
while count < 5:
    count += 1
else:
    print('loop ended normally with', count)
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(9075), digits(0), digits(10 ** 20 + 3))
