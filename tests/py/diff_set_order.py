# Set iteration order in MicroPython follows its hash table layout.
print({1, 2, 3, 10, 100})
print({10, 1, 2, 3, 100})
print(set('hello world'))
print({'apple', 'banana', 'cherry'})
print(set(range(20)))
print(frozenset([5, 50, 500, 5000]))
s = set()
for v in [33, 1, 65, 97, 2]:
    s.add(v)
print(s, list(s))
