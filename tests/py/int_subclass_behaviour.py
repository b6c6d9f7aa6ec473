# Subclasses of int keep int arithmetic and can add methods and overrides.
class Money(int):
    def dollars(self):
        return self // 100
    def __str__(self):
        return '$%d.%02d' % (self // 100, self % 100)
m = Money(1234)
print(m, repr(int(m)), m.dollars(), m + 1, type(m + 1).__name__, isinstance(m, int))
print(m == 1234, m < 2000, hash(m) == hash(1234), {m: 'x'}[1234], [10, 20][Money(1)])
class Flags(int):
    def has(self, bit):
        return bool(self & bit)
f = Flags(0b1010)
print(f.has(2), f.has(1), f | 1, bin(int(f)), -f, abs(Flags(-3)), f << 2)
class Big(int):
    pass
b = Big(2 ** 80)
print(b, b + 1, b * 2, b // 3, b % 7, b > 2 ** 79, str(b), type(b).__name__)
class Neg(int):
    def __neg__(self):
        return 'custom neg'
    def __add__(self, other):
        return 'custom add %d' % int(other)
n = Neg(5)
print(-n, n + 3, n * 2, n - 1)
print(Money('77'), Money(7.9), Big('ff', 16) if False else int('ff', 16))
print(Money(300) > 200, Money(5) < 6, Money(3) - 1, Money(2) ** 5)
print([0, 1, 2, 3][Money(1):Money(3)], 'abc'[Money(2)])
