# find/rfind/count/startswith/endswith/index over a grid of start/end values, ASCII and unicode.
texts = ['abracadabra', 'ñandú ñandú', '', 'aaaa']
subs = ['a', 'ab', 'bra', 'ñ', 'dú', 'aa', 'zz']
bounds = [None, 0, 1, 3, -1, -4, 100, -100]
for t in texts:
    for sub in subs:
        row = []
        for start in bounds:
            for end in (None, 5, -2, 0, 50):
                row.append((t.find(sub, start, end), t.rfind(sub, start, end),
                            t.count(sub, start, end)))
        print('[%s] [%s]' % (t, sub), row[:6], row[-6:], sum(r[2] for r in row))
for t in texts:
    print([t.startswith(p, s) for p in ('a', 'ñan', 'abra') for s in (0, 1, -3, 20)])
    # the empty string is found anywhere inside (MicroPython also finds it past the end)
    print(t.startswith(''), t.find(''), t.rfind(''), t.count(''), t.endswith(''))
    print([t.endswith(p, 0, e) for p in ('a', 'dú', '', 'ra') for e in (None, 4, -1, 0)])
    print(t.startswith(('x', 'y', t[:2])), t.endswith(()), t.endswith(('ú', 'a')))
for t, sub, args in [('abc', 'c', ()), ('abc', 'a', (1,)), ('abcabc', 'b', (2, 4)), ('ñaña', 'ña', (1,))]:
    for m in ('index', 'rindex'):
        try:
            print(m, getattr(t, m)(sub, *args))
        except ValueError:
            print(m, 'ValueError', t, sub, args)
print('abc'.find('c', 2, 2), 'abc'.find('', 3), 'abc'.rfind('', 1, 2), ''.count(''))
