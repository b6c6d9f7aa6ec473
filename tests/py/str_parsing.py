# Parsing structured text: key=value lines, quoted CSV fields, version strings, durations.
def parse_kv(text):
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        key, sep, value = line.partition('=')
        if not sep:
            raise ValueError('missing = in %r' % line)
        out[key.strip().lower()] = value.strip()
    return out
cfg = parse_kv('# comment\nName = Demo\n\nPORT=8080\n  mode = fast  \n')
print(sorted(cfg.items()))
try:
    parse_kv('good=1\nbad line')
except ValueError as e:
    print('ValueError:', e)
def parse_csv_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur.append('"')
                i += 1
            elif c == '"':
                quoted = False
            else:
                cur.append(c)
        elif c == '"':
            quoted = True
        elif c == ',':
            fields.append(''.join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append(''.join(cur))
    return fields
print(parse_csv_line('a,"b,c",d'), parse_csv_line('"say ""hi""",,x'), parse_csv_line(''))
def parse_version(v):
    main, _, pre = v.partition('-')
    parts = [int(p) for p in main.split('.')]
    while len(parts) < 3:
        parts.append(0)
    return tuple(parts), pre
versions = ['1.2', '1.10.0', '1.2.3-rc1', '0.9.9', '1.2.3']
print(sorted(versions, key=lambda v: (parse_version(v)[0], parse_version(v)[1] == '', parse_version(v)[1])))
def parse_duration(s):
    units = {'h': 3600, 'm': 60, 's': 1}
    total, num = 0, ''
    for c in s:
        if c.isdigit():
            num += c
        elif c in units and num:
            total += int(num) * units[c]
            num = ''
        else:
            raise ValueError('bad duration %r' % s)
    if num:
        raise ValueError('trailing number in %r' % s)
    return total
print([parse_duration(s) for s in ('1h', '90m', '1h30m15s', '45s', '')])
for bad in ('10', '5x', 'h'):
    try:
        parse_duration(bad)
    except ValueError as e:
        print('ValueError:', e)
