# Template-method and abstract-base patterns with NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError('area')
    def perimeter(self):
        raise NotImplementedError('perimeter')
    def describe(self):
        return '%s: area=%s perimeter=%s' % (type(self).__name__, self.area(), self.perimeter())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Triangle(Shape):
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
for s in [Rect(2, 3), Square(4), Triangle(3, 4, 5)]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print('incomplete', type(s).__name__, e.args)
print(issubclass(NotImplementedError, RuntimeError))
class Plugin:
    registry = []
    name = None
    @classmethod
    def register(cls, sub):
        cls.registry.append(sub)
        return sub
@Plugin.register
class Alpha(Plugin):
    name = 'alpha'
@Plugin.register
class Beta(Plugin):
    name = 'beta'
print([p.name for p in Plugin.registry])
