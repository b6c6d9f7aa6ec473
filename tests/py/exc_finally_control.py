# finally interacting with return, break and continue.
def ret_in_try():
    try:
        return 'try'
    finally:
        print('finally after return')
print(ret_in_try())
def finally_return_wins():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_return_wins())
def finally_swallows():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(finally_swallows())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_continue())
def while_finally():
    n = 0
    log = []
    while True:
        try:
            n += 1
            if n > 3:
                return log
            if n == 2:
                continue
            log.append(n)
        finally:
            log.append('fin%d' % n)
print(while_finally())
def nested_returns():
    try:
        try:
            return 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_returns())
def return_value_evaluated_first():
    x = ['before']
    try:
        return x
    finally:
        x.append('mutated in finally')
print(return_value_evaluated_first())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'exception discarded by break, i=%d' % i
print(break_in_finally())
