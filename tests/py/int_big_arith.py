# Arbitrary-precision integer arithmetic.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b, a * b)
print(b // a, b % a, divmod(b, a), -b // a, -b % a, b // -a, b % -a)
print(a * a * a, (a * b) // (b // 1000))
print(2 ** 64, 2 ** 64 - 1, 2 ** 100, -(2 ** 127), 3 ** 80)
print(10 ** 30 + 1, 10 ** 30 - 1, (10 ** 30) // 7, (10 ** 30) % 7)
x = 1
for i in range(1, 31):
    x *= i
print('30! =', x)
print(x // (2 ** 26), x % 1000007)
f = [0, 1]
for _ in range(150):
    f.append(f[-1] + f[-2])
print('fib150 =', f[150], len(str(f[150])))
print(abs(-a), -(-a), +a, a == 123456789012345678901234567890, a != b, a < b, -a < -b)
print(a // 1, a * 0, a * -1, 0 - a, a - a)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 20)
print(int('9' * 40) + 1, int('-' + '1' * 35) - 1)
print((2 ** 200) // (2 ** 100) == 2 ** 100, (2 ** 200) >> 100 == 2 ** 100)
print(7 ** 77 % 1000000007, (-7) ** 77 % 1000000007)
n = 2 ** 70
print(n + 0.5 > n, float(2 ** 60), int(float(2 ** 53)))
print(max(2 ** 65, 2 ** 64 + 5), min(-2 ** 65, 3), sorted([2 ** 70, -5, 2 ** 63, 0]))
