# set and frozenset operations (sorted before printing).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection([2, 3, 9])), sorted(a.difference([1, 2])), sorted(a.symmetric_difference([1, 10])))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > {1, 2, 3, 4}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({9}), len(a), 3 in a, 9 not in a)
s = set()
s.add(5); s.add(5); s.add(1)
print(sorted(s))
s.update([2, 3], (4,))
s.discard(100)
s.remove(1)
print(sorted(s))
try:
    s.remove(100)
except KeyError:
    print('remove missing -> KeyError')
c = set(s)
c |= {10}
c &= {2, 3, 10, 11}
c -= {3}
c ^= {99, 2}
print(sorted(c), sorted(s))
s.difference_update({2})
s.intersection_update({3, 4, 5})
s.symmetric_difference_update({4, 7})
print(sorted(s))
popped = set()
t = {1, 2, 3}
while t:
    popped.add(t.pop())
print(sorted(popped), t)
f = frozenset('hello')
print(sorted(f), len(f), 'h' in f, sorted(f | {'z'}), sorted(f & {'l'}))
print({frozenset([1, 2]): 'a'}[frozenset([2, 1])])
print(set('aabbc') == {'a', 'b', 'c'}, set() == frozenset(), {1, 2} == frozenset([1, 2]))
print(sorted({x % 4 for x in range(20)}), sorted(set(range(5)) - set(range(2))))
empty = set()
print(len(empty), bool(empty), bool({0}))
c2 = a.copy()
c2.clear()
print(sorted(a), c2)
