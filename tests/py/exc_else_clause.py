# try/except/else ordering and exceptions raised in else.
def run(x):
    log = []
    try:
        log.append('try')
        v = 10 // x
    except ZeroDivisionError:
        log.append('except')
    else:
        log.append('else %d' % v)
        if v == 5:
            raise KeyError('from else')
    finally:
        log.append('finally')
    return log
print(run(1))
print(run(0))
try:
    run(2)
except KeyError as e:
    print('KeyError from else not caught by same try', e.args)
def loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
        except Exception:
            pass
        else:
            out.append('else%d' % i)
    return out
print(loop())
def else_return():
    try:
        x = 1
    except Exception:
        return 'except'
    else:
        return 'else returns %d' % x
    finally:
        print('finally before else return completes')
print(else_return())
