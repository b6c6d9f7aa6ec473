# MicroPython's float() parser accepts some strings CPython rejects (e.g. '.' -> 0.0).
for s in ['.', '-.', '1.', '.5', '1e5', '1E-2', ' 2.5 ', 'inf', '-Inf', 'nan', '1_0.5']:
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), 'ValueError')
for s in ['', '-', '+', 'e', '.e', 'abc', '1e', '1..2']:
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), 'ValueError')
