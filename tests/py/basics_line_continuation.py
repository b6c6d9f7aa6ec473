# Explicit and implicit line continuation.
total = 1 + \
    2 + \
    3
print(total)
values = [
    1, 2,
    3,   # trailing comment
    4,
]
print(values)
d = {
    'a': 1,
    'b': (2,
          3),
}
print(sorted(d.items()))
def f(a,
      b=2,
      *args,
      c=3,
      **kw):
    return a + b + c + sum(args) + len(kw)
print(f(1,
        10,
        100, 1000,
        c=4,
        x=5))
if (1 < 2 and
        3 < 4):
    print('both')
x = 5; y = 6; print(x * y)
if x: print('inline if')
for i in range(2): print('inline for', i)
while x > 3: x -= 1
print(x)
s = ('a'
     'b'
     'c')
print(s)
print(1 +
      2)
assert (total ==
        6)
