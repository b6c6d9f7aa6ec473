# Single inheritance, overriding and isinstance/issubclass.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog'
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + ' (age %d)' % self.age
class Cat(Animal):
    sound = 'meow'
zoo = [Animal('generic'), Dog('rex'), Puppy('bit', 1), Cat('tom')]
for a in zoo:
    print(a.speak(), '/', a.kind())
print(isinstance(zoo[2], Dog), isinstance(zoo[2], Animal), isinstance(zoo[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog))
print(issubclass(Puppy, (Cat, Dog)), isinstance(zoo[3], (Dog, Cat)))
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__)
print(issubclass(Animal, object), isinstance(zoo[0], object))
Dog.sound = 'WOOF'
print(zoo[1].speak(), zoo[2].speak())
