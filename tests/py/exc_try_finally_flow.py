# try/except/else/finally: the order clauses run in, and return/break/continue passing finally.
log = []
def run(mode):
    log.clear()
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('v')
        if mode == 'return':
            return 'from try'
        log.append('try end')
    except ValueError:
        log.append('except')
        if mode == 'raise':
            return 'from except'
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return 'fell through'
for m in ['ok', 'raise', 'return']:
    r = run(m)
    print(m, r, log)
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
def finally_swallows():
    try:
        raise KeyError('k')
    finally:
        return 'swallowed'
print(finally_overrides(), finally_swallows())
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append('f%d' % i)
print(out)
def nested():
    trace = []
    try:
        try:
            trace.append('inner try')
            raise IndexError
        finally:
            trace.append('inner finally')
    except IndexError:
        trace.append('outer except')
    finally:
        trace.append('outer finally')
    return trace
print(nested())
def reraise_in_finally():
    try:
        try:
            raise ValueError('first')
        finally:
            raise TypeError('second')
    except Exception as e:
        return type(e).__name__, e.args
print(reraise_in_finally())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        count += 10
print(count)
