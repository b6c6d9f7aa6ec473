# Rich comparison methods and sorting of user objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'V' + '.'.join(str(p) for p in self.parts)
    def __eq__(self, o):
        return self.parts == o.parts
    def __ne__(self, o):
        return self.parts != o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ['1.10.0', '1.2', '1.2.1', '0.9', '2.0', '1.10']]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(Version('3.0') == Version('3.0'), Version('3.0') in vs, Version('2.0') in vs)
print(len({Version('1.0'), Version('1.0'), Version('1.1')}))
print(sorted(vs, reverse=True)[:3])
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) == 1)
print([OnlyEq(3)].count(OnlyEq(3)), [OnlyEq(1), OnlyEq(2)].index(OnlyEq(2)))
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError:
    print('no ordering -> TypeError')
class NotImpl:
    def __eq__(self, o):
        return NotImplemented
print(NotImpl() == 1, NotImpl() != 1)
