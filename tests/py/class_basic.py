# Basic class definition, instances, attributes and methods.
class Counter:
    total_instances = 0

    def __init__(self, start=0):
        self.value = start
        Counter.total_instances += 1

    def inc(self, by=1):
        self.value += by
        return self

    def get(self):
        return self.value

c1 = Counter()
c2 = Counter(10)
c1.inc().inc().inc(5)
c2.inc(-3)
print(c1.get(), c2.get(), Counter.total_instances)
print(c1.total_instances, hasattr(c1, 'value'), hasattr(Counter, 'value'))
c1.extra = 'dynamic'
print(c1.extra, hasattr(c2, 'extra'))
print(sorted(c1.__dict__.items()))
m = c2.inc
m(100)
print(c2.value)
f = Counter.inc
f(c2, 1)
print(c2.value)
print(type(c1) is Counter, isinstance(c1, Counter), isinstance(5, Counter))
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, type(e).__name__)
