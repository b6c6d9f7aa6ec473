# super() in methods, __init__, class methods and multi-level chains.
class Base:
    def __init__(self, x):
        self.x = x
        print('Base init', x)
    def describe(self):
        return 'Base(%s)' % self.x
    @classmethod
    def create(cls, v):
        return cls(v)
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('Mid init', y)
    def describe(self):
        return 'Mid[' + super().describe() + ', %s]' % self.y
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
        print('Leaf init')
    def describe(self):
        return 'Leaf{' + super().describe() + '}'
    @classmethod
    def create(cls, v):
        print('Leaf.create', v)
        return super().create
leaf = Leaf()
print(leaf.describe())
print(Mid(5, 6).describe())
print(Leaf.create(3).__name__)
class Greeter:
    def greet(self):
        return 'hello'
class Loud(Greeter):
    def greet(self):
        s = super()
        return s.greet().upper() + '!'
print(Loud().greet())
