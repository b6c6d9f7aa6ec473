# Bare `raise` re-raising the active exception.
# mpy-cross's native emitter rejects bare `raise` ("native raise"), so this file
# carries one @micropython.native function and is compiled with -march only;
# all the re-raise code below stays bytecode.
try:
    import micropython
except ImportError:
    class micropython:
        native = staticmethod(lambda f: f)

@micropython.native
def classify(e):
    return type(e).__name__

def reraise_same():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling, then re-raising')
        raise

try:
    reraise_same()
except ValueError as e:
    print('outer caught', classify(e), e.args)

def reraise_after_cleanup(log):
    try:
        {}['key']
    except KeyError:
        log.append('cleanup')
        raise
    finally:
        log.append('finally')

log = []
try:
    reraise_after_cleanup(log)
except LookupError as e:
    log.append('caught ' + classify(e))
print(log)

def selective(v):
    try:
        return 10 // v
    except ZeroDivisionError:
        if v == 0:
            raise
        return 'unreachable'
    except TypeError:
        return 'type error handled'

print(selective(2), selective('x'))
try:
    selective(0)
except ZeroDivisionError:
    print('ZeroDivisionError re-raised')

def nested_reraise():
    try:
        try:
            raise IndexError('deep')
        except IndexError:
            try:
                raise KeyError('temp')
            except KeyError:
                pass
            raise
    except Exception as e:
        return classify(e) + ':' + str(e.args[0])

print(nested_reraise())

def reraise_in_loop():
    caught = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise RuntimeError(i)
            except RuntimeError:
                if i == 3:
                    raise
                caught.append(i)
        except RuntimeError as e:
            caught.append('outer%d' % e.args[0])
    return caught

print(reraise_in_loop())

def gen_reraise():
    try:
        yield 1
    except GeneratorExit:
        print('generator closing, re-raising GeneratorExit')
        raise

g = gen_reraise()
next(g)
g.close()
print('closed')
