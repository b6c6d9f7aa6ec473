# Exceptions in __enter__, __exit__ and bodies of with statements.
log = []
class FailEnter:
    def __enter__(self):
        log.append('enter raising')
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        log.append('exit should not run')
try:
    with FailEnter():
        log.append('body should not run')
except RuntimeError as e:
    log.append('caught ' + str(e))
print(log)
log = []
class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        log.append('exit sees %s' % (et.__name__ if et else None))
        raise KeyError('from exit')
try:
    with FailExit():
        raise ValueError('body')
except KeyError as e:
    log.append('KeyError replaced ValueError')
print(log)
log = []
class Inspect:
    def __exit__(self, et, ev, tb):
        log.append((et.__name__ if et else None, ev.args if ev else None))
        return True
    def __enter__(self):
        return self
with Inspect():
    raise IndexError(1, 2)
with Inspect():
    pass
print(log)
log = []
class Counted:
    def __enter__(self):
        log.append('+')
    def __exit__(self, *a):
        log.append('-')
def nested_exit(n):
    if n == 0:
        raise StopIteration('bottom')
    with Counted():
        nested_exit(n - 1)
try:
    nested_exit(3)
except StopIteration:
    pass
print(''.join(log))
class Truthy:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return 'non-empty string is truthy'
with Truthy():
    1 / 0
print('suppressed by truthy return')
