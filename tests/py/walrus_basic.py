# Assignment expressions (walrus operator).
data = [5, 12, 7, 20, 3]
if (n := len(data)) > 3:
    print('long list of', n)
print([y for x in data if (y := x * 2) > 15])
print(y)
values = iter([3, 8, 0, 4])
while (v := next(values, 0)) != 0:
    print('value', v)
def parse(line):
    if (idx := line.find('=')) >= 0:
        return line[:idx], line[idx + 1:]
    return None
print(parse('key=value'), parse('novalue'))
def running_totals():
    total = 0
    partial = [total := total + x for x in range(5)]
    return partial, total
print(running_totals())
print((a := 10) + a, a)
def f():
    if (m := max([3, 9, 2])) > 5:
        return m
print(f())
stack = [1, 2, 3]
out = []
while stack and (top := stack.pop()):
    out.append(top)
print(out)
print(any((hit := x) > 10 for x in data), hit)
def scope():
    [q := i for i in range(3)]
    return q
print(scope())
