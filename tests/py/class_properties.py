# property with getter, setter and deleter; computed and read-only properties.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting celsius')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError:
    print('read-only property')
del t.celsius
print(t.celsius)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    def _get_w(self):
        return self._w
    def _set_w(self, v):
        self._w = max(0, v)
    w = property(_get_w, _set_w)
r = Rect(-5, 3)
print(r.w, r.area)
r.w = 4
print(r.area)
class Derived(Rect):
    @property
    def area(self):
        return 'derived ' + str(self.w * self.h)
print(Derived(2, 3).area)
print(type(Rect.__dict__['area']).__name__)
