# MicroPython's float repr is not always the shortest round-tripping string, and a format
# spec without a type formats floats like 'g'; this runtime prints as MicroPython does.
for v in [5e-324, 9.95, 98765.4321, 0.3, 1.1, 2.675, 1e23, 123456.789]:
    print(repr(v), str(v), float(repr(v)) == v)
for v in [0.0, 1.0, -1.0, 1234.5678, 0.5]:
    print('[{:12}] [{:<12}] [{:.4}] [{:}]'.format(v, v, v, v))
print('%s %r' % (0.1 + 0.2, 1 / 3))
