# Generating methods with closures and attaching them to classes.
def make_accessors(cls, *names):
    for name in names:
        def getter(self, _n=name):
            return self._data.get(_n)
        def setter(self, value, _n=name):
            self._data[_n] = value
        setattr(cls, 'get_' + name, getter)
        setattr(cls, 'set_' + name, setter)
    return cls
class Record:
    def __init__(self):
        self._data = {}
make_accessors(Record, 'name', 'age')
r = Record()
r.set_name('zed')
r.set_age(40)
print(r.get_name(), r.get_age())
def add_comparisons(cls):
    def key(self):
        return self.sort_key()
    cls.__lt__ = lambda a, b: key(a) < key(b)
    cls.__eq__ = lambda a, b: key(a) == key(b)
    cls.__hash__ = lambda a: hash(key(a))
    return cls
@add_comparisons
class Item:
    def __init__(self, name, rank):
        self.name, self.rank = name, rank
    def sort_key(self):
        return (self.rank, self.name)
items = [Item('x', 2), Item('y', 1), Item('z', 2), Item('a', 1)]
print([i.name for i in sorted(items)])
print(Item('q', 1) == Item('q', 1), Item('q', 1) < Item('q', 2))
