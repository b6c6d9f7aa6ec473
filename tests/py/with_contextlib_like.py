# Generator-based context managers implemented by hand (no contextlib).
class contextmanager:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args, **kw):
        return _GenCM(self.fn(*args, **kw))
class _GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise e
        raise RuntimeError("generator didn't stop after throw")
@contextmanager
def tag(name, log):
    log.append('<%s>' % name)
    try:
        yield name
    finally:
        log.append('</%s>' % name)
@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print('ignored', type(e).__name__)
log = []
with tag('p', log) as n:
    with tag('b', log):
        log.append('text in ' + n)
print(''.join(log))
with ignoring(ZeroDivisionError):
    1 / 0
print('continued')
try:
    with ignoring(KeyError):
        [][1]
except IndexError:
    print('IndexError not ignored')
log = []
try:
    with tag('div', log):
        raise ValueError('inside')
except ValueError:
    log.append('!')
print(''.join(log))
@contextmanager
def timer_like(label, results):
    start = len(results)
    yield results
    results.append('%s took %d steps' % (label, len(results) - start))
res = []
with timer_like('work', res) as r:
    r.extend(['s1', 's2', 's3'])
print(res)
