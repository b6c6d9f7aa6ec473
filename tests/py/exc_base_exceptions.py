# BaseException subclasses that are not Exceptions: KeyboardInterrupt, SystemExit, GeneratorExit.
def attempt(exc):
    try:
        try:
            raise exc
        except Exception:
            return 'caught by Exception'
    except BaseException as e:
        return 'caught by BaseException: ' + type(e).__name__
for exc in (ValueError('v'), KeyboardInterrupt(), SystemExit(2), GeneratorExit(), StopIteration()):
    print(type(exc).__name__, '->', attempt(exc))
try:
    raise SystemExit('bye')
except SystemExit as e:
    print('SystemExit args', e.args)
class Abort(BaseException):
    pass
def worker():
    results = []
    for i in range(5):
        try:
            if i == 3:
                raise Abort('stop now')
            results.append(i)
        except Exception:
            results.append('never')
    return results
try:
    worker()
except Abort as e:
    print('Abort escaped Exception handlers:', e.args)
print(issubclass(Abort, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(SystemExit, Exception))
