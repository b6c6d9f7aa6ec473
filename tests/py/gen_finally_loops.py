# Generators with try/finally around yields, break from consumers, and nested loops.
log = []
def resource(name, n):
    log.append('open ' + name)
    try:
        for i in range(n):
            yield '%s%d' % (name, i)
    finally:
        log.append('close ' + name)
for v in resource('a', 3):
    log.append(v)
print(log)
log.clear()
g = resource('b', 5)
for v in g:
    log.append(v)
    if v == 'b1':
        break
print(log)
g.close()
print(log)
log.clear()
def pairs():
    for x in resource('x', 2):
        for y in resource('y', 2):
            yield x + y
print(list(pairs()))
print(log)
def count_with_cleanup():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print('stopped at', i)
c = count_with_cleanup()
print([next(c) for _ in range(3)])
c.close()
