# Conditional expressions and short-circuit boolean operators.
def classify(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([classify(n) for n in (-2, 0, 3)])
x = 10
print('big' if x > 5 else 'small', ('even' if x % 2 == 0 else 'odd'))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or 'last')
print(not 1, not 0, not [], not [0], not None)
trace = []
def t(v):
    trace.append(v)
    return v
r = t(0) and t(1)
print(r, trace)
trace.clear()
r = t(1) or t(2)
print(r, trace)
trace.clear()
r = t(1) and t(0) or t(3)
print(r, trace)
print((lambda a: 'yes' if a else 'no')(''))
val = [] or {} or () or 0 or ''
print(repr(val))
f = (lambda: 1) if x else (lambda: 2)
print(f())
print(max(1, 2) if x else min(1, 2))
a = b = 0
print(a if a else b if b else 'neither')
print(1 if True else 1 / 0)
