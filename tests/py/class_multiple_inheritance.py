# Multiple inheritance, diamond MRO and cooperative super().
class A:
    def who(self):
        return ['A']
    def hello(self):
        return 'hello from A'
class B(A):
    def who(self):
        return ['B'] + A.who(self)
class C(A):
    def who(self):
        return ['C'] + A.who(self)
    def hello(self):
        return 'hello from C'
class D(B, C):
    def who(self):
        return ['D'] + B.who(self) + C.who(self)
print(D().who())
print(C().hello(), B().hello())
print(isinstance(D(), B), isinstance(D(), C), issubclass(D, A))
class Walker:
    def move(self):
        return 'walk'
    def walk_speed(self):
        return 5
class Swimmer:
    def move(self):
        return 'swim'
    def swim_speed(self):
        return 2
class Duck(Walker, Swimmer):
    pass
class Fish(Swimmer, Walker):
    pass
d = Duck()
print(d.move(), d.walk_speed(), d.swim_speed(), Fish().move())
class LogMixin:
    def log(self, msg):
        return '[%s] %s' % (type(self).__name__, msg)
class Service(LogMixin):
    def run(self):
        return self.log('running')
print(Service().run())
print([k.__name__ for k in D.__bases__])
