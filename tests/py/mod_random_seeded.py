# random: MicroPython's Yasmarang generator gives the same sequence for the same seed.
import random
random.seed(42)
print([random.getrandbits(8) for _ in range(8)], random.getrandbits(32), random.getrandbits(0))
print(random.random(), random.uniform(-1, 1), random.randint(1, 6), random.randrange(100))
print(random.randrange(10, 20), random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.choice('abcdef'), random.choice([10, 20, 30]), random.choice((None,)))
random.seed(1)
a = [random.random() for _ in range(3)]
random.seed(1)
print(a == [random.random() for _ in range(3)], all(0 <= x < 1 for x in a))
random.seed(7)
rolls = [random.randint(1, 6) for _ in range(1000)]
print(min(rolls), max(rolls), sorted(set(rolls)))
random.seed(2 ** 40 + 3)
print(random.getrandbits(16))
for bad in (lambda: random.getrandbits(33), lambda: random.randrange(0), lambda: random.randint(3, 1),
            lambda: random.randrange(1, 5, 0)):
    try:
        bad()
    except ValueError:
        print('ValueError')
try:
    random.choice([])
except IndexError:
    print('IndexError')
