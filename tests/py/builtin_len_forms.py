# len() of every sized built-in, of user classes with __len__, and the errors for the rest.
items = ['', 'abc', 'ñandú', b'', b'\x00\x01', bytearray(3), [], [None] * 4, (), (1, 2), {}, {'a': 1},
         set(), {1, 2, 3}, frozenset('aab'), range(0), range(10), range(0, 100, 7), range(5, -5, -2),
         memoryview(b'abcd'), {}.keys(), {'k': 1}.values(), {'k': 1, 'j': 2}.items()]
print([len(x) for x in items])
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(0)), len(Sized(7)), bool(Sized(0)), bool(Sized(1)))
for i, bad in enumerate([5, 1.5, None, iter([1]), (x for x in []), len, object()]):
    try:
        len(bad)
        print('sized', i)
    except TypeError:
        print('TypeError len', i)
grow = []
sizes = []
for i in range(5):
    grow.append(i)
    sizes.append(len(grow))
grow[1:3] = []
print(sizes, len(grow), len(grow * 3), len(grow + grow), len(str(10 ** 50)), len(repr([1, 'a'])))
