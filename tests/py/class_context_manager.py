# Context managers implemented with classes.
class Tag:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('  ' * Tag.depth + '<%s>' % self.name)
        Tag.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print('  ' * Tag.depth + '</%s>' % self.name)
        return False
with Tag('html'):
    with Tag('body') as b:
        print('  ' * Tag.depth + 'content of ' + b.name)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, e, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressed', et.__name__)
            return True
        return False
with Suppress(KeyError, IndexError):
    {}['missing']
print('after suppress')
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated', e)
class Resource:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('open')
        return self
    def __exit__(self, *args):
        self.log.append('close:' + (args[0].__name__ if args[0] else 'ok'))
log = []
def use(fail):
    with Resource(log):
        if fail:
            raise RuntimeError
        return 'returned'
print(use(False))
try:
    use(True)
except RuntimeError:
    pass
print(log)
for i in range(3):
    with Resource(log):
        if i == 1:
            continue
        if i == 2:
            break
print(log[-4:])
