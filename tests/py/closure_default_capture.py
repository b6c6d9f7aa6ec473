# Default-argument capture vs closure capture and rebinding in loops and comprehensions.
def make_handlers():
    handlers = {}
    for name in ('save', 'load', 'quit'):
        def handler(arg, _name=name):
            return '%s(%s)' % (_name, arg)
        handlers[name] = handler
    return handlers
h = make_handlers()
print([h[k]('x') for k in sorted(h)])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
def early():
    fs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs]
def via_factory():
    def make(i):
        return lambda: i
    return [make(i)() for i in range(3)]
print(late(), early(), via_factory())
def counter_with_default(start=0, _state={}):
    _state['n'] = _state.get('n', start) + 1
    return _state['n']
print(counter_with_default(), counter_with_default(), counter_with_default(100))
base = 10
def uses_global(x, b=base):
    return x + b
base = 20
print(uses_global(1), uses_global(1, base))
def outer():
    v = 'first'
    f_default = lambda v=v: v
    f_closure = lambda: v
    v = 'second'
    return f_default(), f_closure()
print(outer())
