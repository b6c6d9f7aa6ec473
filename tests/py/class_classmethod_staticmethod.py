# classmethod and staticmethod, alternative constructors and registries.
class Date:
    registry = []
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.registry.append(self)
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split('-')
        return cls(int(y), int(m), int(d))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def count(cls):
        return len(cls.registry)
    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)
class IsoDate(Date):
    def __repr__(self):
        return '%04d-%02d-%02d' % (self.y, self.m, self.d)
print(Date.from_string('2024-02-29'))
print(IsoDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), IsoDate.is_leap(2024), Date(1, 1, 1).is_leap(3))
print(Date.count(), IsoDate.count())
sm = Date.__dict__['is_leap']
cm = Date.__dict__['from_string']
print(type(sm).__name__, type(cm).__name__)
class Util:
    @staticmethod
    def add(*a):
        return sum(a)
    mul = staticmethod(lambda a, b: a * b)
    @classmethod
    def name(cls):
        return cls.__name__
print(Util.add(1, 2, 3), Util().add(4), Util.mul(3, 4), Util.name(), Util().name())
