# Errors from misusing classes: bad __init__ returns, missing self, wrong arity, bad attributes.
class BadInit:
    def __init__(self):
        return 5
class NoSelf:
    def method():
        return 'no self'
class Normal:
    def __init__(self, a, b=2):
        self.a = a
    def m(self, x):
        return x
cases = [
    ('init returns value', lambda: BadInit()),
    ('method without self', lambda: NoSelf().method()),
    ('too few init args', lambda: Normal()),
    ('too many init args', lambda: Normal(1, 2, 3)),
    ('unknown kwarg', lambda: Normal(1, c=3)),
    ('method arity', lambda: Normal(1).m()),
    ('missing attribute', lambda: Normal(1).missing),
    ('call non-callable attr', lambda: Normal(1).a()),
    ('class method on class w/o instance', lambda: Normal.m(5)),
]
for label, fn in cases:
    try:
        r = fn()
        print('%-34s ok %r' % (label, r))
    except (TypeError, AttributeError) as e:
        print('%-34s %s' % (label, type(e).__name__))
print(NoSelf.method())
