# A generator-driven state machine (traffic light and a tokenizer).
def traffic_light():
    states = [('green', 3), ('yellow', 1), ('red', 2)]
    while True:
        for name, ticks in states:
            for t in range(ticks):
                yield '%s(%d/%d)' % (name, t + 1, ticks)
tl = traffic_light()
print([next(tl) for _ in range(8)])
def tokens(src):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            yield ('NUM', int(src[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < n and (src[j].isalpha() or src[j].isdigit() or src[j] == '_'):
                j += 1
            yield ('NAME', src[i:j])
            i = j
        elif src[i:i + 2] in ('==', '<=', '>=', '!='):
            yield ('OP', src[i:i + 2])
            i += 2
        else:
            yield ('OP', c)
            i += 1
print(list(tokens('x1 = (a + 42) * b2 <= 7 != y')))
def door():
    state = 'closed'
    while True:
        cmd = yield state
        if state == 'closed' and cmd == 'open':
            state = 'open'
        elif state == 'open' and cmd == 'close':
            state = 'closed'
        elif state == 'closed' and cmd == 'lock':
            state = 'locked'
        elif state == 'locked' and cmd == 'unlock':
            state = 'closed'
d = door()
next(d)
print([d.send(c) for c in ['open', 'lock', 'close', 'lock', 'open', 'unlock', 'open']])
