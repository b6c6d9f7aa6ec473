# Where instance attributes are found and stored: the instance dict, properties and data
# descriptors (which win over the instance dict), including ones added to a class, or to a
# base class, after instances and subclasses exist. (MicroPython 1.29 refuses to add a
# property to an already-subclassed class; this runtime follows CPython, as
# cpython_over_micropython.py lists.)


class Base:
    def m(self):
        return "method"


class Sub(Base):
    pass


s = Sub()
s.a = 1
s.m2 = lambda: "instance callable"
print(s.a, s.m(), s.m2())
s.m = lambda: "shadowed"
print(s.m())
del s.m
print(s.m())
try:
    del s.zz
except AttributeError:
    print("del missing: AttributeError")


# A property added to the base after the subclass and the instance exist.
def get_p(self):
    return "property"


def set_p(self, v):
    self.__dict__["_p"] = v * 2


Base.p = property(get_p, set_p)
s.p = 21
print(s.p, s._p)
s.__dict__["p"] = "dict value"
print(s.p)


class Desc:
    def __get__(self, obj, cls):
        return "desc get"

    def __set__(self, obj, value):
        obj.__dict__["stored"] = value


class NonData:
    def __get__(self, obj, cls):
        return "nondata get"


class D:
    d = Desc()
    n = NonData()


o = D()
o.d = 5
print(o.d, o.stored)
print(o.n)
o.n = "instance wins"
print(o.n)


# __setattr__ added to a class after instances exist.
class Late:
    pass


late = Late()
late.x = 1


def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


Late.__setattr__ = logging_setattr
late.y = 2
print(late.x, late.y)


# Many instance attributes and methods of the same names on a class chain.
class A:
    def f(self):
        return "A.f"


class B(A):
    def g(self):
        return "B.g"


b = B()
for i in range(5):
    setattr(b, "v%d" % i, i * i)
print([getattr(b, "v%d" % i) for i in range(5)], b.f(), b.g())
b.f = "plain"
print(b.f, B().f())
