# enumerate, zip, map, filter and reversed: forms, laziness, exhaustion and errors.
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate('ab', -2)), list(enumerate([])))
e = enumerate(x * x for x in range(3))
print(next(e), list(e), list(e))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip('ab', 'cd', 'ef')), list(zip(range(3), range(10, 13))))
z = zip(iter([1, 2, 3]), iter('xy'))
print(list(z), list(z))
names, nums = zip(*[('a', 1), ('b', 2)])
print(names, nums, dict(zip('kv', (1, 2))) == {'k': 1, 'v': 2})
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
calls = []
def track(x):
    calls.append(x)
    return x + 1
m = map(track, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
print(list(filter(None, [0, 1, '', 'a', [], [0], None, False, 2.5])), list(filter(lambda c: c in 'aeiou', 'education')))
print(list(filter(str.isupper, 'aBcDe')), list(filter(lambda x: x % 3 == 0, range(10))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(1, 10, 3))), list(reversed([])))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'done'))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(enumerate(Seq())))
for bad in ['enumerate(5)', 'zip(1, 2)', 'map(abs, 5)', 'filter(None, 5)', 'reversed(5)']:
    try:
        eval(bad)
        print('made', bad)
    except TypeError:
        print('TypeError', bad)
