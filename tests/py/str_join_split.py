# Building and parsing text: CSV-like splitting, joining and simple templating.
csv = 'name,age,city\nann,31,Oslo\nbob,27,Lima\ncy,45,Rome'
lines = csv.split('\n')
header = lines[0].split(',')
rows = [dict(zip(header, line.split(','))) for line in lines[1:]]
for r in rows:
    print(r['name'], int(r['age']) + 1, r['city'].upper())
print(','.join(header), '|'.join(r['name'] for r in rows))
def wrap(text, width):
    out, line = [], ''
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = word if not line else line + ' ' + word
    if line:
        out.append(line)
    return out
for l in wrap('the quick brown fox jumps over the lazy dog and keeps running far away', 16):
    print('[%s]' % l)
def render(tpl, **vars):
    out = []
    i = 0
    while i < len(tpl):
        j = tpl.find('{{', i)
        if j < 0:
            out.append(tpl[i:])
            break
        k = tpl.find('}}', j)
        out.append(tpl[i:j])
        out.append(str(vars.get(tpl[j + 2:k].strip(), '?')))
        i = k + 2
    return ''.join(out)
print(render('Hi {{ name }}, you owe {{amount}} ({{ missing }}).', name='Zoe', amount=12))
kv = 'a=1; b=2;c = 3 ;; d='
pairs = [p.split('=') for p in kv.split(';') if p.strip()]
print([(k.strip(), v.strip()) for k, v in pairs])
print('/'.join(['', 'usr', 'local', 'bin']), 'a/b/c'.rsplit('/', 1), '/x/y/'.strip('/').split('/'))
