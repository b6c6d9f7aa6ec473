# Compiler stress: deeply nested blocks, loops, try statements and comprehensions.
def nested(n):
    out = []
    for i0 in range(2):
        if n > 1:
            try:
                while n > 103:
                    break
                else:
                    for i4 in range(2):
                        if n > 5:
                            try:
                                while n > 107:
                                    break
                                else:
                                    for i8 in range(2):
                                        if n > 9:
                                            try:
                                                while n > 111:
                                                    break
                                                else:
                                                    out.append((i0, i4, i8, n))
                                            finally:
                                                out.append(10)
                            finally:
                                out.append(6)
            finally:
                out.append(2)
    return out
r = nested(20)
print(len(r), r[:6], r[-3:])
print(nested(0))
deep = [[[[[[a + b + c + d + e + f for f in range(2)] for e in range(2)] for d in range(2)] for c in range(2)] for b in range(2)] for a in range(2)]
print(deep[1][1][1][1][1], deep[0][1][0][1][0])
x = ((((((((((1 + 2) * 3) - 4) // 2) ** 2) % 7) + 8) * 9) - 10) // 3)
print(x)
f = lambda a: lambda b: lambda c: lambda d: lambda e: a + b * c - d // e
print(f(1)(2)(3)(4)(2))
