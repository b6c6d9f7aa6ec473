# Operators on unsupported operand types raise TypeError; bad values raise the right errors.
values = [1, 1.5, 'a', [1], (1,), {1: 1}, {1}, None]
ops = ['+', '-', '*', '/', '//', '**', '<<', '&', '<', '>=']
table = []
for op in ops:
    row = ''
    for a in values:
        for b in values:
            try:
                eval('a %s b' % op, {'a': a, 'b': b})
                row += '.'
            except TypeError:
                row += 'T'
            except (ValueError, ZeroDivisionError, OverflowError, MemoryError):
                row += 'V'
        row += ' '
    print(op, row)
for expr in ['-"a"', '~1.5', '~[]', '+None', 'not None', '-{}', 'abs("x")', '~True']:
    try:
        print(expr, eval(expr))
    except TypeError:
        print(expr, 'TypeError')
for expr in ['1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '2 ** -1 / 0', 'divmod(1, 0)', '1 << -1', 'int("z")',
             '[].pop()', '{}["k"]', '(1,)[5]', 'float("x")', 'chr(-5)', '[1].index(2)', 'None.attr', 'undefined_x']:
    try:
        eval(expr)
        print(expr, 'no error')
    except Exception as e:
        print(expr, type(e).__name__)
