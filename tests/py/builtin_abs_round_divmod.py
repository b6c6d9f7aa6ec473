# abs, round, divmod and pow across ints, big ints, floats, bools and user types.
print(abs(-3), abs(3), abs(0), abs(-2 ** 70), abs(-2.5), abs(-0.0), abs(True), abs(False), abs(-3 + 4j))
print(round(7), round(-7), round(2 ** 70), round(3.7), round(-3.7), type(round(3.7)).__name__)
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(15, -1), round(-15, -1), round(5, 0), round(5, 3))
print(round(3.14159, 3), round(-3.14159, 1), round(123.456, -1), round(0.0, 2), round(1e-10, 5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(2 ** 70, 7), divmod(True, True))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(0, 3))
print(pow(3, 4), pow(3, -1), pow(-3, 3), pow(2.5, 2), pow(4, 0.5), pow(3, 4, 5), pow(7, 0, 3), pow(0, 0))
for args in [(5, 0), (5.0, 0), (2 ** 70, 0)]:
    try:
        divmod(*args)
    except ZeroDivisionError:
        print('ZeroDivisionError divmod', args)
for bad in ['abs("x")', 'round("x")', 'divmod("a", 1)', 'pow("a", 2)', 'abs(None)']:
    try:
        eval(bad)
        print('ok', bad)
    except TypeError:
        print('TypeError', bad)
class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return 'abs of %d' % self.v
    def __neg__(self):
        return Num(-self.v)
print(abs(Num(-4)), abs(-Num(4)))
