# MicroPython: repr() escapes non-ASCII characters as \x/\u escapes, and
# str.upper()/lower() only change ASCII letters.
s = 'caf\u00e9 \u20ac'
print(repr(s), repr('\u00ff'), repr('\U0001f600'))
print('\u00e9'.upper() == '\u00e9', '\u00c9'.lower() == '\u00c9', 'abc'.upper())
print(len(s), s.encode())
print([repr(c) for c in 'a\u00e9'])
