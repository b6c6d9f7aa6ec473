# Float formatting: rounding, precision, exponent forms, repr digits.
for x in [0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e-7, 123456.789, 1e22, 1/3, 2**0.5, -0.0, 100.0]:
    print('%.0f %.1f %.2f %.3e %g %.3g %.10g' % (x, x, x, x, x, x, x), repr(x), str(x))
print(0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 1.5e300 * 1e10, -1e-310 * 0, 5e-324)
print('{:.2f} {:8.3f}| {:<8.2f}| {:^9.1f}| {:+.1f} {: .1f} {:08.2f} {:e} {:E} {:G}'.format(
    3.14159, 2.5, 1.25, 0.05, 1.0, 1.0, -3.14159, 1234.5, 0.00012, 1e-20))
print('{:.0%} {:.1%} {:%}'.format(0.5, 0.125, 1), '{:.3}'.format(1.0), '{:10}|'.format(1.5), '{}'.format(1e20))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.25, 1), round(-1.25, 1))
print(round(1234.5678, -2), round(5, -1), round(15, -1), round(25, -1), round(-15, -1), round(123, 1), round(7))
print(float('1_000.5'), float('  -2.5e3  '), float('inf'), float('-Infinity'), float('nan'), float(b'1.5'), float(7))
print(int(2.9), int(-2.9), int('  42 '), int('-0x1f', 16), int('0b101', 0), int('z', 36), int('1_000'), int(b'12'))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7))
print(abs(-3), abs(-3.5), abs(2**70 * -1), hash(1) == hash(1.0), hash(2**40) == hash(2.0**40), hash(True) == hash(1))
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\x01\x00', 'big'))
