# Floor division and modulo sign rules for ints (small and big).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (1, 1), (-1, 1)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
big = 10 ** 25 + 3
for a, b in [(big, 7), (-big, 7), (big, -7), (-big, -7), (7, big), (-7, big), (big, big - 1)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, 0 <= r < b if b > 0 else b < r <= 0)
print(2 ** 64 // 2 ** 32, -(2 ** 64) // 3, (2 ** 64) % -3, -(2 ** 64) % 3)
for v in [10, -10, 10 ** 20, -(10 ** 20)]:
    print(v / 4, v // 4, v % 4)
print(7 // 7, -7 // 7, 6 // 7, -6 // 7, 0 // -7)
for bad in [(1, 0), (10 ** 30, 0)]:
    try:
        bad[0] // bad[1]
    except ZeroDivisionError:
        print('ZeroDivisionError for', bad)
