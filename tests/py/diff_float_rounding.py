# Float formatting and rounding cases where MicroPython's algorithm differs from CPython's
# correctly-rounded one (exact ties and very large %f values).
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.0005, 3))
print('%.2f %.2f %.1f %.1f' % (2.125, 2.375, 0.25, -2.25))
print('{:.3f} {:.3f}'.format(-2.3125, 1.0625))
print('%.3f' % 6.02214076e23)
print('%.20f' % 0.1)
print(1j ** 2, (1 + 2j) ** 2)
print(2 ** 53 + 1 == float(2 ** 53 + 1))
