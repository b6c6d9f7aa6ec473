# Function decorators: simple, stacked, with arguments, preserving behaviour.
def shout(fn):
    def wrapper(*args, **kw):
        return str(fn(*args, **kw)).upper() + '!'
    return wrapper
def exclaim(n):
    def deco(fn):
        def wrapper(*args, **kw):
            return fn(*args, **kw) + '!' * n
        return wrapper
    return deco
def log_calls(log):
    def deco(fn):
        def wrapper(*args, **kw):
            log.append('%s%r' % (fn.__name__, args))
            return fn(*args, **kw)
        return wrapper
    return deco
@shout
def hello(name):
    return 'hello ' + name
print(hello('bob'))
@exclaim(3)
@shout
def hi():
    return 'hi'
print(hi())
@shout
@exclaim(2)
def hey():
    return 'hey'
print(hey())
calls = []
@log_calls(calls)
def add(a, b=0):
    return a + b
print(add(1, 2), add(5), calls)
def identity(fn):
    return fn
@identity
def plain():
    return 'unchanged'
print(plain(), plain.__name__)
def register(table):
    def deco(fn):
        table[fn.__name__] = fn
        return fn
    return deco
commands = {}
@register(commands)
def start():
    return 'starting'
@register(commands)
def stop():
    return 'stopping'
print(sorted(commands), commands['start'](), stop())
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
