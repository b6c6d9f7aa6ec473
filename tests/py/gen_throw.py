# Generator throw(): injecting exceptions, handling and propagating.
def resilient():
    count = 0
    while True:
        try:
            yield count
        except ValueError:
            print('handled ValueError')
            count += 100
        count += 1
r = resilient()
print(next(r), next(r))
print(r.throw(ValueError))
print(r.throw(ValueError('with message')))
print(next(r))
try:
    r.throw(KeyError('boom'))
except KeyError as e:
    print('KeyError propagated', e.args)
print(list(r))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup ran')
w = with_finally()
next(w)
try:
    w.throw(RuntimeError)
except RuntimeError:
    print('RuntimeError out')
def convert():
    try:
        yield 'start'
    except ZeroDivisionError:
        raise ValueError('converted')
c = convert()
next(c)
try:
    c.throw(ZeroDivisionError)
except ValueError as e:
    print('got', e)
def unstarted():
    print('body runs?')
    yield 1
u = unstarted()
try:
    u.throw(IndexError)
except IndexError:
    print('throw into unstarted generator raises immediately')
print(list(u))
def yield_in_except():
    try:
        yield 'a'
    except TypeError:
        yield 'recovered'
        yield 'more'
y = yield_in_except()
print(next(y), y.throw(TypeError), next(y))
