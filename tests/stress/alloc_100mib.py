total = 0
for i in range(20000):
    l = [i] * 600
    total += len(l)
print("allocated", total * 8 // (1024*1024), "MiB")
