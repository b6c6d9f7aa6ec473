keep = []
try:
    while True:
        keep.append([0] * 1000)
except MemoryError:
    n = len(keep)
    keep = None
    print("MemoryError after", n > 10)
print("recovered", len([1, 2, 3]))
