# Exceptions unwinding through multiple function frames with cleanup.
log = []
class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append('enter ' + self.name)
    def __exit__(self, et, e, tb):
        log.append('exit %s %s' % (self.name, et.__name__ if et else '-'))
def c():
    with Guard('c'):
        raise LookupError('deep')
def b():
    try:
        c()
    finally:
        log.append('b finally')
def a():
    with Guard('a'):
        try:
            b()
        except KeyError:
            log.append('wrong handler')
try:
    a()
except LookupError as e:
    log.append('top caught ' + str(e))
for line in log:
    print(line)
def recursive(n):
    if n == 0:
        raise ValueError('base')
    try:
        recursive(n - 1)
    except ValueError as e:
        if n < 3:
            raise ValueError(str(e) + '<' + str(n))
        return str(e) + '|stopped at %d' % n
print(recursive(5))
def gen_frames():
    def g():
        yield 1
        raise IndexError('from generator')
    def consume():
        return [x for x in g()]
    try:
        consume()
    except IndexError as e:
        return 'caught ' + str(e)
print(gen_frames())
