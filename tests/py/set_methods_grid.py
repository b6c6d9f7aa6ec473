# Every set method and operator, with sets, frozensets and plain iterables as arguments.
a, b = {1, 2, 3, 4}, {3, 4, 5}
fa = frozenset(a)
for other in [b, frozenset(b), [3, 4, 5], (5, 6), range(2, 4), {}]:
    print(sorted(a.union(other)), sorted(a.intersection(other)), sorted(a.difference(other)),
          sorted(a.symmetric_difference(other)), a.issubset(other), a.issuperset(other), a.isdisjoint(other))
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= fa, a == fa, fa == a, a != b, {1, 2} <= {2, 1})
for op in ['|', '&', '-', '^', '<']:
    try:
        eval('a %s [1]' % op)
        print('ok', op)
    except TypeError:
        print('TypeError set', op, 'list')
s = set()
s.add(1)
s.add(1)
s.add((2, 3))
s.update([4, 5])
s.update('ab')
print(len(s), 1 in s, (2, 3) in s, 'a' in s)
s.discard('a')
s.discard('missing')
s.remove('b')
try:
    s.remove('missing')
except KeyError:
    print('KeyError remove')
s = {1, 2, 3, 4, 5}
s.intersection_update([1, 2, 3, 9])
print(sorted(s))
s.difference_update({1})
print(sorted(s))
s.symmetric_difference_update([3, 4])
print(sorted(s))
s |= {10}
s &= {2, 4, 10, 11}
s -= {4}
s ^= {2, 7}
print(sorted(s))
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
try:
    set().pop()
except KeyError:
    print('KeyError pop empty')
c = {1, 2}
d = c.copy()
d.add(3)
print(sorted(c), sorted(d), c.clear(), c, len(c))
try:
    {[1]}
except TypeError:
    print('TypeError unhashable')
print(set(), set([1, 1, 2]) == {1, 2}, set('aab') == {'a', 'b'}, set({'k': 1}), set(range(3)) == {0, 1, 2})
