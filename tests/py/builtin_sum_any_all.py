# sum with start values of several types; any/all over many iterables, short-circuiting.
print(sum([]), sum([], 10), sum(range(101)), sum([0.5, 0.25], 1), sum([1, 2], -3), sum((2 ** 64, 2 ** 64)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum(x * x for x in range(4)), sum({1: 'a', 2: 'b'}))
print(sum([True, True, False]), sum([0.1] * 10) == 1.0, sum(map(len, ['ab', 'c'])))
for bad in [[1, 'a'], ['a', 'b'], [None]]:
    try:
        sum(bad)
        print('summed', bad)
    except TypeError:
        print('TypeError sum', bad)
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 0.0, 1j]), all([1, 0]))
print(any('abc'), all(''), any({0: 1}), all({1: 0}), any(range(0)), all(range(1, 5)), any(iter([False, True])))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(any([Truthy(False), Truthy(True)]), all([Truthy(True), Truthy(False)]), all([Truthy(True)]))
try:
    any(5)
except TypeError:
    print('TypeError any(int)')
