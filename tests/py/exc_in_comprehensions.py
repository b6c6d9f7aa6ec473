# Exceptions raised inside comprehensions, generator expressions and lambdas.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, x) for x in (1, 0, 4)])
try:
    print([10 // x for x in (1, 0, 4)])
except ZeroDivisionError:
    print('comprehension aborted on ZeroDivisionError')
g = (int(s) for s in ['1', '2', 'x', '4'])
got = []
try:
    for v in g:
        got.append(v)
except ValueError:
    print('generator expression raised after', got)
print(list(g))
try:
    {k: 1 / v for k, v in [('a', 1), ('b', 0)]}
except ZeroDivisionError:
    print('dict comprehension raised')
try:
    sorted([3, 'a', 1])
except TypeError:
    print('sorting mixed types raised TypeError')
try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError:
    print('key function raised')
results = []
for chunk in ([1, 2], [3, 0], [5, 6]):
    try:
        results.append(sum(10 // x for x in chunk))
    except ZeroDivisionError:
        results.append('err')
print(results)
