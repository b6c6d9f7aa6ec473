# json: dumps of every type, separators, nested containers, loads of every literal form,
# whitespace, escapes, dump/load through streams, and syntax errors.
import json, io
doc = [{'name': 'box'}, {'size': [1, 2.5, -3]}, {'ok': True}, {'no': False}, {'none': None},
       {'nested': {'list': [[], {}, [1, [2, [3]]]]}}, {'esc': 'a"b\\c\nd\te\x01'}]
s = json.dumps(doc)
print(s)
print(json.loads(s) == doc, json.dumps(json.loads(s)) == s)
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(0), json.dumps(-12.75))
print(json.dumps('plain'), json.dumps([True, False, None]), json.dumps(10 ** 20))
print(json.dumps([1, [2, 3]], separators=(',', ':')), json.dumps({'a': [1, 2]}, separators=(';', '=')))
print(json.dumps({'k': 1, 'j': 2}, separators=(', ', ': ')))
for t in ['0', '-5', '3.25', '-0.5e2', '1E3', '"\\u0041\\u0062x"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
          ' [ 1 , 2 ] ', '{"a" : {"b" : [true, false, null]}}', '[[[]]]', '{}', '""',
          '123456789012345678901234567890', '\n\t[1,\r\n2]\n']:
    v = json.loads(t)
    print(repr(v), type(v).__name__)
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"x": 1}')))
for bad in ['', ' ', '[1, 2', '[', '{"a": 1', 'nul', 'tru', 'fals', '"abc', '[1] 2', '@']:
    try:
        json.loads(bad)
        print('accepted', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
out = io.StringIO()
json.dump({'a': [1, 2]}, out)
json.dump([3], out, separators=(',', ':'))
print(out.getvalue())
print(json.load(io.StringIO('{"k": [1, 2, {"z": null}]}')))
