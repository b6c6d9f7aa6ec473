# Comparisons across and within builtin types.
print(1 == 1.0, 1 < 1.5, 2 > 1.9999, -1 < 0)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', '' < 'a')
print([1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] == [], [[1]] < [[2]])
print((1, 'a') < (1, 'b'), (2,) > (1, 5), () < (0,))
print(b'a' < b'b', b'abc' > b'ab', b'' == b'')
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {3} > {1})
print({'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
print(None == 0, None != False, 0 == False, 1 == True)
print(1 != 'a', [1] != (1,), 'a' == b'a')
for a, b in [(1, 'a'), ([1], (1,)), ({}, [])]:
    try:
        a < b
        print('compared')
    except TypeError:
        print('TypeError comparing', type(a).__name__, type(b).__name__)
print(max([3, 1, 2]), min('zebra'), max([(1, 'b'), (1, 'a')]))
print(sorted(['banana', 'Apple', 'cherry']))
print(float('inf') > 10 ** 100, -float('inf') < -10 ** 100)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(10 ** 30 > 10 ** 29, -(10 ** 30) < 1, 2 ** 64 == 18446744073709551616)
