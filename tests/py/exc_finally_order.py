# Order of execution across try/except/else/finally in loops and nested functions.
trace = []
def t(msg):
    trace.append(msg)
def f(mode):
    t('enter %s' % mode)
    try:
        t('try')
        if mode == 'raise':
            raise ValueError
        if mode == 'return':
            return 'returned'
    except ValueError:
        t('except')
        return 'from except'
    else:
        t('else')
    finally:
        t('finally')
    t('after')
    return 'fell through'
for mode in ('normal', 'raise', 'return'):
    trace.clear()
    r = f(mode)
    print(mode, r, trace)
def loop():
    out = []
    for i in range(4):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append('body%d' % i)
            finally:
                out.append('inner%d' % i)
        finally:
            out.append('outer%d' % i)
    else:
        out.append('else')
    return out
print(loop())
def gen_finally():
    try:
        yield 'a'
        yield 'b'
    finally:
        trace.append('gen finally')
trace.clear()
for v in gen_finally():
    trace.append(v)
print(trace)
