# super(): zero-argument and two-argument forms, in __init__, methods, classmethods, chains.
class A:
    def __init__(self):
        self.trail = ['A']
    def who(self):
        return 'A'
    @classmethod
    def make(cls):
        return 'A.make for ' + cls.__name__
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append('B')
    def who(self):
        return 'B>' + super().who()
class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.trail.append('C')
    def who(self):
        return 'C>' + super(C, self).who()
    def skip(self):
        return super(B, self).who()
c = C()
print(c.trail, c.who(), c.skip(), C.make(), B.make())
class Left(A):
    def who(self):
        return 'L>' + super().who()
class Mixin:
    def extra(self):
        return 'mixin'
class Both(Left, Mixin):
    def who(self):
        return 'Both>' + super().who()
    def extra(self):
        return 'both+' + super().extra()
print(Both().who(), Both().extra())
class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
cnt = Counter()
cnt['a'] = 1
print(cnt['a'], len(cnt))
class Greeter:
    def __init__(self, name):
        self.name = name
class Polite(Greeter):
    def __init__(self, name, title):
        super().__init__(name)
        self.title = title
p = Polite('Ada', 'Dr')
print(p.title, p.name)
