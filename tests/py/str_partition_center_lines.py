# partition/rpartition, center, and splitlines with every line ending.
for s in ['k=v', 'k=v=w', '=', 'novalue', '', '==a==', 'ñ=é=ü']:
    for sep in ['=', '==', 'v', 'é']:
        print('<%s> <%s>' % (s, sep), '<%s|%s|%s>' % s.partition(sep), '<%s|%s|%s>' % s.rpartition(sep))
for bad in ['', 5]:
    try:
        'abc'.partition(bad)
    except (ValueError, TypeError) as e:
        print('partition', repr(bad), type(e).__name__)
for s in ['', 'a', 'ab', 'abc', 'abcd', 'abcde']:
    print(['<%s>' % s.center(w) for w in (0, 1, 4, 6, 8)], len(s.center(9)), len(s.center(10)))
texts = ['', 'a', 'a\n', 'a\nb', 'a\r\nb\rc\n', '\n\n', 'x\r\r\ny', 'no newline', 'é\nü\r\n']
for t in texts:
    print(repr(t.encode()), [l.encode() for l in t.splitlines()], [l.encode() for l in t.splitlines(True)],
          len(t.splitlines(False)))
print(''.join('l1\nl2\r\nl3'.splitlines(True)) == 'l1\nl2\r\nl3', len('a\n\nb'.splitlines()))
