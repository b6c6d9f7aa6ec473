# Exceptions raised and caught across native and bytecode frames.
import micropython

class AppError(Exception):
    pass

@micropython.native
def native_raise(v):
    if v < 0:
        raise ValueError('negative %d' % v)
    if v == 0:
        raise AppError('zero')
    return 100 // v

def bytecode_middle(v):
    try:
        return native_raise(v)
    finally:
        log.append('middle finally %d' % v)

@micropython.native
def native_catch(values):
    out = []
    for v in values:
        try:
            out.append(bytecode_middle(v))
        except ValueError as e:
            out.append('VE:' + str(e))
        except AppError as e:
            out.append('AE:' + str(e))
        else:
            out.append('ok')
        finally:
            out.append('|')
    return out

@micropython.native
def native_finally_return():
    try:
        return 'from try'
    finally:
        log.append('native finally ran')

@micropython.native
def native_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None

@micropython.native
def native_with(cm):
    with cm:
        raise KeyError('inside native with')

class CM:
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, et, ev, tb):
        log.append('exit ' + et.__name__)
        return True

log = []
print(native_catch([5, -2, 0, 50]))
print(native_finally_return(), native_div(7, 2), native_div(1, 0))
native_with(CM())
print(log)
try:
    native_raise(-9)
except ValueError as e:
    print('top level caught', e)
