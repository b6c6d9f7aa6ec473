# Small-int arithmetic in a local-variable loop.
def run():
    acc = 0
    for i in range(100000):
        acc = (acc + i * i) % 1000003
        acc ^= i >> 3
    return acc
run()
