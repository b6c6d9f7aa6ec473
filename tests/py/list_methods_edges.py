# list methods at their edges: positions past either end, missing items, mixed numeric types.
for pos in [-100, -4, -1, 0, 1, 3, 4, 100]:
    l = [1, 2, 3]
    l.insert(pos, 'x')
    print(pos, l)
for idx in [None, 0, -1, 1, -3]:
    l = ['a', 'b', 'c']
    v = l.pop() if idx is None else l.pop(idx)
    print(idx, v, l)
for idx in [3, -4]:
    try:
        ['a', 'b', 'c'].pop(idx)
    except IndexError:
        print('IndexError pop', idx)
try:
    [].pop()
except IndexError:
    print('IndexError pop empty')
l = [5, 1, 5, 2, 5, 3]
print([l.index(5, s) for s in (0, 1, 3, -2)], l.index(5, 1, 3), l.index(2, -3, -1))
for args in [(9,), (5, 5), (1, 2, 4), (5, 10)]:
    try:
        print(l.index(*args))
    except ValueError:
        print('ValueError index', args)
nums = [1, 1.0, True, 2, 2.0, 0, False, 0.0]
print(nums.count(1), nums.count(0), nums.count(2), nums.index(True), nums.index(0.0))
nums.remove(1.0)
nums.remove(False)
print(nums)
try:
    nums.remove('1')
except ValueError:
    print('ValueError remove')
l = [1, 2]
l.extend(l)
l.extend((3,))
l.extend('ab')
l.extend(range(2))
l.extend(x * 10 for x in (1, 2))
l.extend({})
print(l, len(l))
inner = [1]
outer = [inner, inner]
copy = outer.copy()
copy[0].append(2)
copy.append('new')
print(outer, copy, copy[0] is outer[0])
r = list(range(7))
r.reverse()
print(r, r.clear(), r)
print([].copy(), [1, [2]].count([2]), [[1], [2]].index([2]), ['a'] * 2 + ['b'])
