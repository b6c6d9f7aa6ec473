# __next__ on every built-in iterator and on generators (a StopIteration keeps its value).
def g():
    yield 1
    return 5
for it in [iter([1, 2]), iter((3,)), iter("ab"), enumerate("x"), zip([1], [2]), map(abs, [-3]), filter(None, [0, 4]), reversed([7, 8]), iter(range(2)), iter({9: 1}), iter({5})]:
    print(it.__next__(), end=" ")
print()
gen = g()
print(gen.__next__())
try:
    gen.__next__()
except StopIteration as e:
    print("stop", e.value)
it = iter([])
try:
    it.__next__()
except StopIteration:
    print("empty stop")
print(hasattr(iter([]), "__next__"), hasattr([], "__next__"))
