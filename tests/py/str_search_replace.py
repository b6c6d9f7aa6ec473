# Searching, counting and replacing in strings.
text = 'the cat sat on the mat with the hat'
print(text.count('the'), text.count('at'), text.count('at', 10), text.count('at', 10, 20))
positions = []
i = text.find('at')
while i != -1:
    positions.append(i)
    i = text.find('at', i + 1)
print(positions)
print(text.replace('the', 'a'), '|', text.replace('at', 'og', 2))
print(text.rfind('the'), text.rfind('the', 0, 20), text.rindex('at'))
try:
    text.index('dog')
except ValueError:
    print('index raises ValueError')
words = text.split()
print([w for w in words if w.endswith('at')])
print(' '.join(w if w != 'the' else 'THE' for w in words))
def replace_all(s, table):
    for old, new in table:
        s = s.replace(old, new)
    return s
print(replace_all('a&b<c>d', [('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;')]))
print('abcabc'.replace('abc', ''), 'aaa'.replace('a', 'aa'), 'x'.replace('y', 'z'))
print('hello'.startswith('') and 'hello'.endswith(''), ''.find(''), 'abc'.find('', 2))
s = 'a1b2c3'
print(''.join(c for c in s if c.isdigit()), ''.join(c for c in s if c.isalpha()))
print('Hello World'.lower().count('o'), 'AbCd'.upper() == 'ABCD')
