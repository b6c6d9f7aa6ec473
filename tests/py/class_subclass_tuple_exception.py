# Subclasses of tuple and of exception types: construction, methods, hashing, catching.
class Point(tuple):
    @classmethod
    def of(cls, x, y):
        return cls((x, y))
    def x(self):
        return self[0]
    def y(self):
        return self[1]
    def moved(self, dx, dy):
        return Point.of(self[0] + dx, self[1] + dy)
p = Point.of(1, 2)
q = p.moved(3, 4)
print(p, q, p.x(), q.y(), len(p), p == (1, 2), {p: 'origin-ish'}[(1, 2)], isinstance(p, tuple))
print(p + (9,), p * 2, p[::1] if False else p[0:2], sorted([Point.of(3, 1), Point.of(1, 5)]), max(p))
a, b = p
print(a, b, tuple(p), list(q), p.count(1), p.index(2))
class Version(tuple):
    def __str__(self):
        return '.'.join(map(str, self))
v1, v2 = Version((1, 2, 10)), Version((1, 10, 0))
print(str(v1), str(v2), v1 < v2, max(v1, v2) == (1, 10, 0))
class AppError(Exception):
    status = 500
    def describe(self):
        return '%s(%d): %s' % (type(self).__name__, self.status, self.args[0] if self.args else '-')
class NotFound(AppError):
    status = 404
class BadInput(AppError):
    status = 400
class BadNumber(ValueError):
    pass
errors = [AppError('generic'), NotFound('page'), BadInput('field'), NotFound(), BadNumber('nan')]
for e in errors:
    try:
        raise e
    except NotFound as caught:
        print('not found:', caught.describe())
    except ValueError as caught:
        print('value error:', caught.args, isinstance(caught, AppError))
    except AppError as caught:
        print('app error:', caught.describe())
class WithInit(KeyError):
    def __init__(self, key, hint):
        super().__init__(key)
        self.hint = hint
try:
    raise WithInit('user', 'check spelling')
except LookupError as e:
    print(type(e).__name__, e.args, e.hint, isinstance(e, KeyError))
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__('retry after %d' % attempts)
try:
    raise Retry(3)
except Retry as r:
    print(r.attempts, r.args, str(r))
