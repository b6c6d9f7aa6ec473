# Float arithmetic: a damped recurrence and a polynomial, boxed floats every step.
x = 0.0
y = 1.0
for i in range(20000):
    x = x * 0.999 + i * 0.5
    y = 1.0 + y * 0.5 - y * y * 0.125
print(x > 0, y > 0)
