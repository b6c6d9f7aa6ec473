# Mixing int, float and complex in arithmetic and comparisons.
print(1 + 2.0, 3 * 0.5, 7 / 2, 7 // 2.0, 2 ** 0.5 > 1.41, 10 - 0.25)
print(1 + 1j, 2 * (1 + 1j), (1 + 1j) + 0.5, 1j * 1j == -1)
print(1 == 1.0 == (1 + 0j), 2 < 2.5 < 3, max(1, 2.5, 2), min(-1, -1.5))
print(int(7.9) + 1, float(7) / 2, round(7 / 2), round(-7 / 2), abs(-3.5) + abs(-2))
print(sum([1, 2.5, 3]), sum([1j, 2, 3.5]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
print(True + 1.5, False * 2.5, 3 % 2.5, -3 % 2.5, 2 ** -1, (-8) ** 2)
print(10 ** 20 + 0.5 > 10 ** 20, float(10 ** 20) == 10 ** 20, 10 ** 20 / 10 ** 10)
print(divmod(9, 2.5), divmod(-9, 2.5), 0.1 * 10 == 1.0, 1e3 == 1000)
nums = [3, 1.5, -2, 4.25, 0]
print(sorted(nums), sum(nums) / len(nums), [n for n in nums if n == int(n)])
