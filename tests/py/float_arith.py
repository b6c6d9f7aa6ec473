# Float arithmetic with results whose repr is identical in CPython and MicroPython.
print(1.5 + 2.25, 10.0 - 0.5, 2.5 * 4, 7.0 / 2, 7.0 // 2, 7.0 % 2, 2.0 ** 10)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(1 / 4, 3 / 8, 1 / 1024, 1e3, 1e-3, 2.5e-5, 1.5e10)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 3)
print(float(1), float('1.5'), float('-2.75'), float(' 3 '), float('1e5'), float('inf'), float('-inf'))
print(abs(-2.5), -(-1.25), +0.5, round(2.675 * 100) / 100 > 0)
print(1.0 == 1, 0.5 < 1, 2.0 > 1.999, 1e300 * 10, -1e300 * 10)
print(int(3.99), int(-3.99), float(7 // 2), type(3.0) is float)
print(min(1.5, 2, -0.5), max([0.1, 0.01, 1.0]), sum([0.5, 0.25, 0.125]))
print(2 ** 0.5 * 2 ** 0.5 > 1.9999, 4 ** 0.5, 8 ** (1 / 3) > 1.99, 0.5 ** 2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1e16, 1e15, 123456789.0, 0.0001, 0.00001, 1e22, 1e-7)
print(3.0 * 1.1, 1.1 + 2.2, 100.0 / 7)
print(float('nan') != float('nan'), float('inf') - float('inf') != 0)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(-0.0, 0.0 == -0.0, 1 / float('inf'), float('inf') > 1e308)
try:
    1.0 / 0
except ZeroDivisionError:
    print('float division by zero')
try:
    1.0 % 0.0
except ZeroDivisionError:
    print('float modulo by zero')
