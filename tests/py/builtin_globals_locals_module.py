# globals(): the module's namespace, writable; locals() at module level is the same dict.
counter = 0
def bump():
    globals()['counter'] += 1
    return counter
print(bump(), bump(), counter)
globals()['made_up'] = 'via globals'
print(made_up, 'made_up' in globals(), globals() is globals(), locals() is globals())
def names_visible():
    return sorted(k for k in globals() if k in ('bump', 'counter', 'names_visible', 'made_up'))
print(names_visible())
g = globals()
g['counter'] = 100
print(counter, bump())
del globals()['made_up']
try:
    made_up
except NameError:
    print('NameError after deleting from globals()')
print(type(globals()).__name__, '__name__' in globals(), globals()['__name__'])
def uses_global():
    global late
    late = 'assigned in function'
uses_global()
print(late, globals()['late'])
