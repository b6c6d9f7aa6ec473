# Number formatting in f-strings: widths, signs, bases, grouping and percentages.
ints = [0, 5, -5, 42, -4200, 1234567]
for v in ints:
    print(f'|{v:6d}|{v:<6d}|{v:^7d}|{v:+d}|{v:x}|{v:o}|{v:b}|')
for v in [0, 255, 4095, 65536]:
    print(f'{v:#x} {v:#X} {v:#o} {v:#b} {v:08x} {v:,}')
for v in [0.0, 1.0, -1.5, 3.14159, 1234.5678, 0.0001234]:
    print(f'{v:.0f} {v:.1f} {v:.3f} {v:10.2f}| {v:<10.3f}| {v:+.2e} {v:g}')
print(f'{0.256:.1%} {1.0:%} {0.5:.0%}')
print(f'{1234567.891:.2f} {-9876543:,}')
print(f'{3:03d} {-3:03d} {3:+04d} {7:=+5d}')
big = 2 ** 70
print(f'{big} {big:x} {big:,} {-big:d}')
