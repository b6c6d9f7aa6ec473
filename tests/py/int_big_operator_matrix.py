# Every binary operator across small/big, positive/negative int operands.
vals = [0, 1, -1, 7, -7, 2 ** 31 - 1, -(2 ** 31), 2 ** 62, 2 ** 64 + 3, -(2 ** 64) - 3,
        10 ** 30 + 17, -(10 ** 30) - 17]
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b,
               a > b, a >= b]
        if b:
            row += [a // b, a % b]
        print(row)
for a in vals:
    print(-a, +a, ~a, abs(a), a << 3, a >> 3, a << 70, a >> 70, bool(a))
