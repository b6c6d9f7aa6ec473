# Full text justification and centred/right-aligned layout without str.ljust.
def justify(words, width):
    lines, cur, length = [], [], 0
    for w in words:
        if cur and length + len(cur) + len(w) > width:
            lines.append((cur, length))
            cur, length = [], 0
        cur.append(w)
        length += len(w)
    out = []
    for ws, ln in lines:
        if len(ws) == 1:
            out.append(ws[0] + ' ' * (width - ln))
            continue
        gaps = len(ws) - 1
        spaces = width - ln
        line = ''
        for i, w in enumerate(ws[:-1]):
            line += w + ' ' * (spaces // gaps + (1 if i < spaces % gaps else 0))
        out.append(line + ws[-1])
    last = ' '.join(cur)
    out.append(last + ' ' * (width - len(last)))
    return out
text = ('This is an example of text justification where every line except the last '
        'must be exactly the requested width').split()
for line in justify(text, 24):
    print('|' + line + '|')
def align(s, width, how):
    pad = width - len(s)
    if pad <= 0:
        return s
    if how == 'right':
        return ' ' * pad + s
    if how == 'center':
        left = pad // 2
        return ' ' * left + s + ' ' * (pad - left)
    return s + ' ' * pad
for how in ('left', 'center', 'right'):
    print('[' + align('title', 11, how) + ']')
