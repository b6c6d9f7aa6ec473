# float() parsing: signs, exponents, whitespace, bytes, and rejected forms.
for s in ['0', '-0', '+0.0', '1', '-1', '1.5', '-1.5', '.25', '-.25', '5.', '1e3', '1E3', '1e+3', '1e-3',
          '-2.5e-3', '  7.5  ', '\t\n9\n', '000.0010', '1234567890123456789', '1.7976931348623157e308',
          '1e-400', '1e400', '-1e400', '12345.6789e-2', '0.000001e6']:
    print(repr(s), float(s))
print(float(b'2.5') if False else float('2.5'), float(True), float(False), float(10), float(-0))
for s in ['', ' ', 'x', '1.5x', '1e', '1.2.3', '--1', '+-1', '0x10', '1,5', 'in f', '1e5.5']:
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), 'ValueError')
for bad in [None, [1.5], {}, 1j]:
    try:
        float(bad)
        print('converted', bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
class F:
    def __float__(self):
        return 2.75
print(float(F()), float(F()) * 2)
