# Big integers: factorial products, powers and divisions past the small-int range.
f = 1
for i in range(1, 300):
    f *= i
p = 3 ** 400
q = p // 7 ** 50
print(len(str(f)), q % 1000003, (f + p) % 97)
