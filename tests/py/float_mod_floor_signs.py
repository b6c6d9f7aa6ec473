# Float %, // and divmod for every sign combination, with ints mixed in.
nums = [7.5, -7.5, 7, -7, 0.0, -0.0, 1e-3, 123.25, -1e10 - 0.5]
dens = [2, -2, 2.5, -2.5, 0.75, -0.75, 1e9, -3]
for a in nums:
    for b in dens:
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, q, r, q == a // b, r == a % b)
for a, b in [(5.0, 0), (5, 0.0), (-1.0, 0.0), (0.0, 0.0)]:
    for op in ('/', '//', '%', 'divmod'):
        try:
            if op == '/':
                a / b
            elif op == '//':
                a // b
            elif op == '%':
                a % b
            else:
                divmod(a, b)
            print('no error', op)
        except ZeroDivisionError:
            print('ZeroDivisionError', a, op, b)
print(-0.0 % 3, 0.0 % -3, 3 % 1.5, -3 % 1.5, 1e-300 % 1, (-1e-300) % 1 == 1.0)
print(5.5 // 1, -5.5 // 1, 5.5 % 1, -5.5 % 1, 2 ** 0.5 // 0.5)
