# Case conversion and character-class predicates on ASCII text.
samples = ['', 'abc', 'ABC', 'aBc', 'abc1', 'ABC1', '123', '12.5', ' ', ' \t\n\r\x0b\x0c', 'a b',
           'Hello World', 'HELLO WORLD!', 'hello_world', '_', '0x1F', 'MiXeD CaSe 42', '!@#']
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(),
          s.islower())
print(''.join(c.upper() if i % 2 else c.lower() for i, c in enumerate('alternating')))
print([c for c in 'a1B2 c3\tD' if c.isalpha()], [c for c in 'a1B2 c3\tD' if c.isdigit()],
      [c for c in 'a1B2 c3\tD' if c.isspace()])
print('abc'.upper().lower() == 'abc', 'ABC'.lower().isupper(), 'A1'.isupper(), 'a1'.islower(),
      '1'.isupper(), '1'.islower())
counts = {'upper': 0, 'lower': 0, 'digit': 0, 'space': 0, 'other': 0}
for ch in 'The Quick Brown Fox Jumps Over 13 Lazy Dogs!':
    if ch.isupper():
        counts['upper'] += 1
    elif ch.islower():
        counts['lower'] += 1
    elif ch.isdigit():
        counts['digit'] += 1
    elif ch.isspace():
        counts['space'] += 1
    else:
        counts['other'] += 1
print(sorted(counts.items()))
