# MicroPython's re module: a compact subset (no {m,n} repetition, '.' matches newline,
# split only on compiled patterns, match objects expose group()).
import re
print(sorted(n for n in dir(re) if not n.startswith('_')))
print(re.match('.', '\n') is not None)
print(re.match(r'\d{2}', '12'))
print(re.compile(',').split('a,b,,c'))
m = re.match(r'(\w+) (\w+)', 'hello world')
print(m.group(0), m.group(1), m.group(2))
print(re.sub('o', '0', 'foo boo'))
