# super() in classmethods binds to the class (and leaves static methods unbound), in
# instance methods to the instance, in __new__ to nothing.
class Base:
    @classmethod
    def make(cls):
        return cls.__name__
    def hello(self):
        return "base hello " + type(self).__name__
    @staticmethod
    def st(x):
        return x * 2

class Child(Base):
    @classmethod
    def make(cls):
        return "child+" + super().make()
    def hello(self):
        return "child " + super().hello()
    @classmethod
    def st2(cls):
        return super().st(21)

print(Child.make(), Child().make(), Child().hello(), Child.st2())

class N:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
print(N(1, 2).args)

