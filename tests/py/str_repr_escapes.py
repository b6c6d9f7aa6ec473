# repr() of strings: quote selection and escapes for control characters (ASCII content).
for s in ['', 'plain', "it's", 'say "hi"', 'both \' and "', '\\', '\n\t\r', '\x00\x01\x1f\x7f',
          'tab\there', 'bell\a', '\x0b\x0c', "'", '"', '\'"\'']:
    r = repr(s)
    print(r, len(r), eval(r) == s)
print(repr('a' * 5), repr(['x', "y'"]), repr(('q',)), repr({'k': 'v'}), str(['\n']))
print('%r' % 'x\ty', '{!r}'.format('\\n'), repr('tab:\t'))
print(ascii('abc') if False else repr('abc'), repr(str(123)), repr(chr(10)), repr(chr(127)), repr(chr(31)))
