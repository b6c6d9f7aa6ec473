# Which builtin operations raise which exception types.
def kind(fn):
    try:
        fn()
        return 'no error'
    except Exception as e:
        return type(e).__name__
tests = [
    ('int("x")', lambda: int('x')),
    ('1/0', lambda: 1 / 0),
    ('1%0', lambda: 1 % 0),
    ('1.0/0', lambda: 1.0 / 0),
    ('[][0]', lambda: [][0]),
    ('()[1]', lambda: ()[1]),
    ('""[5]', lambda: ''[5]),
    ('{}["k"]', lambda: {}['k']),
    ('None+1', lambda: None + 1),
    ('"a"+1', lambda: 'a' + 1),
    ('len(5)', lambda: len(5)),
    ('[].pop()', lambda: [].pop()),
    ('{}.popitem()', lambda: {}.popitem()),
    ('set().pop()', lambda: set().pop()),
    ('[1].remove(2)', lambda: [1].remove(2)),
    ('"abc".index("z")', lambda: 'abc'.index('z')),
    ('next(iter([]))', lambda: next(iter([]))),
    ('object().x', lambda: object().x),
    ('int.nope', lambda: int.nope),
    ('chr(-1)', lambda: chr(-1)),
    ('a, b = [1]', lambda: [a for a, b in [[1]]]),
    ('hash([])', lambda: hash([])),
    ('{[]: 1}', lambda: {[]: 1}),
    ('iter(5)', lambda: iter(5)),
    ('5()', lambda: (5)()),
    ('"x" * "y"', lambda: 'x' * 'y'),
    ('range(1,2,0)', lambda: range(1, 2, 0)),
    ('float("z")', lambda: float('z')),
    ('ord("ab")', lambda: ord('ab')),
    ('2**-1 ok', lambda: 2 ** -1),
    ('divmod(1,0)', lambda: divmod(1, 0)),
    ('bytes([300])', lambda: bytes([300])),
    ('(1).x = 2', lambda: setattr(1, 'x', 2)),
    ('tuple item set', lambda: (1, 2).__setitem__(0, 1) if hasattr((), '__setitem__') else [][0]),
    ('str item set', lambda: exec('s = "ab"\ns[0] = "c"')),
]
for label, fn in tests:
    print('%-20s %s' % (label, kind(fn)))
