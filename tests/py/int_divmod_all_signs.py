# Floor division, modulo and divmod for every sign combination and magnitude mix.
nums = [0, 1, 3, 10, 2 ** 32, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 3 ** 50, 10 ** 40 + 1]
nums = nums + [-n for n in nums if n]
dens = [1, 2, 3, 7, 2 ** 31, 2 ** 33 + 1, 10 ** 20 + 7, 3 ** 45]
dens = dens + [-d for d in dens]
bad = 0
for a in nums:
    for b in dens:
        q, r = divmod(a, b)
        if q != a // b or r != a % b or q * b + r != a:
            bad += 1
        if b > 0 and not 0 <= r < b:
            bad += 1
        if b < 0 and not b < r <= 0:
            bad += 1
print('inconsistent:', bad)
for a in [10 ** 40 + 1, -(10 ** 40 + 1), 2 ** 64, -(2 ** 64)]:
    print([divmod(a, b) for b in [3, -3, 2 ** 33 + 1, -(2 ** 33 + 1), 3 ** 45]])
for a, b in [(-1, 2 ** 70), (1, -(2 ** 70)), (-(2 ** 70), 2 ** 70), (2 ** 70 - 1, 2 ** 70)]:
    print(a // b, a % b, divmod(a, b))
for z in [0, 0 * 2 ** 70]:
    for op in ['//', '%', 'divmod', '/']:
        try:
            if op == '//':
                5 // z
            elif op == '%':
                (2 ** 80) % z
            elif op == 'divmod':
                divmod(-3, z)
            else:
                1 / z
        except ZeroDivisionError:
            print('ZeroDivisionError', op)
print(True // True, True % 2, divmod(True, 2), -True // 2, False % 3)
