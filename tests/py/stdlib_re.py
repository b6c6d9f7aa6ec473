# The re module (portable subset): match, search, groups, sub, split, compile.
import re
m = re.match(r'(\w+)@(\w+)\.com', 'alice@example.com trailing')
print(m.group(0), m.group(1), m.group(2))
print(re.match(r'\d+', 'abc123'), re.search(r'\d+', 'abc123def').group(0))
print(re.sub(r'\s+', ' ', 'collapse   many\t\tspaces  here'))
print(re.sub('a|e', '_', 'banana bread'), re.sub(r'(\d+)', r'<\1>', 'a1b22c333'))
print(re.compile(r'[,;]\s*').split('a, b;c,  d'), re.compile(',').split('x,,y'))
r = re.compile(r'^([A-Z][a-z]+) ([A-Z][a-z]+)$')
for name in ['Ada Lovelace', 'alan turing', 'Grace Hopper', 'Linus']:
    m = r.match(name)
    print(name, '->', (m.group(2) + ', ' + m.group(1)) if m else None)
print(re.match('a*b?c+', 'aaacc').group(0), re.match('(ab)+', 'ababx').group(0))
print(re.search('[^aeiou ]+', 'aaa xyz').group(0))
dates = 'from 2023-01-05 to 2024-12-31'
found = []
pos = 0
pat = re.compile(r'(\d\d\d\d)-(\d\d)-(\d\d)')
while True:
    m = pat.search(dates[pos:])
    if not m:
        break
    found.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    pos += dates[pos:].find(m.group(0)) + len(m.group(0))
print(found)
print(re.sub('x', lambda m: 'Y', 'axbxc'))
