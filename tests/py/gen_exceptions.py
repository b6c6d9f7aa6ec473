# Exceptions raised inside generators and StopIteration semantics.
def failing():
    yield 1
    raise ValueError('generator failed')
g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
try:
    next(g)
except StopIteration:
    print('generator is finished after exception')
def guarded(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield 'div0'
print(list(guarded([1, 0, 5, 0, 3])))
def returns_value():
    yield 'x'
    return 'the value'
r = returns_value()
next(r)
try:
    next(r)
except StopIteration as e:
    print('value:', e.value, e.args)
def stop_inside():
    yield 1
    raise StopIteration
try:
    print(list(stop_inside()))
except RuntimeError:
    print('RuntimeError: StopIteration inside generator')
def consumer_errors():
    results = []
    for v in ['1', 'x', '3']:
        try:
            results.append(int(v))
        except ValueError:
            results.append(None)
        yield results[-1]
print(list(consumer_errors()))
def nested_try():
    try:
        try:
            yield 'a'
            raise KeyError('k')
        finally:
            yield 'inner finally'
    except KeyError:
        yield 'outer caught'
print(list(nested_try()))
