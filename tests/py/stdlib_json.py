# The json module: dumps/loads round trips with portable formatting.
import json
data = {'name': 'widget', 'tags': ['a', 'b'], 'size': [1, 2.5, -3], 'ok': True, 'none': None, 'nested': {'k': []}}
text = json.dumps(data)
back = json.loads(text)
print(back == data, sorted(back))
print(json.dumps([1, 'two', None, False, 1.5, [], {}]))
print(json.dumps('quote " backslash \\ newline \n tab \t'))
print(json.dumps({'only': 1}), json.dumps([]), json.dumps(0), json.dumps(-7), json.dumps('x'))
print(json.loads('  [1, 2 , 3 ] '), json.loads('{"a": {"b": [true, false, null]}}'))
print(json.loads('"\\u0041\\n"'), json.loads('12345678901234567890'), json.loads('-0.5'), json.loads('1e2'))
for bad in ['[1, 2', 'nope', '']:
    try:
        json.loads(bad)
        print('accepted', bad)
    except ValueError:
        print('ValueError for %r' % bad)
rows = [{'id': i, 'sq': i * i} for i in range(4)]
encoded = [json.dumps(r['sq']) for r in rows]
print(encoded, [json.loads(e) for e in encoded])
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, separators=(',', ':')))
