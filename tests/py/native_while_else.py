# Native functions with while/else, for/else, break/continue and try/finally in loops.
import micropython

@micropython.native
def first_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d

@micropython.native
def scan(items, target):
    log = []
    for i, v in enumerate(items):
        try:
            if v is None:
                continue
            if v == target:
                log.append('found at %d' % i)
                break
            log.append(v)
        finally:
            log.append('.')
    else:
        log.append('not found')
    return log

@micropython.native
def countdown_with_skip(n):
    out = []
    while n > 0:
        n -= 1
        if n % 3 == 0:
            continue
        out.append(n)
    return out

print([first_factor(n) for n in (2, 9, 15, 17, 91, 97)])
print(scan([1, None, 3, 4], 3))
print(scan([1, 2], 9))
print(countdown_with_skip(10))
