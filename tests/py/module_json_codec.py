"""A JSON encoder and decoder written in plain Python.

Features: pretty printing with indentation, sorted keys, string escaping
(including \\u escapes and surrogate pairs), number parsing (ints, floats,
exponents), error reporting with positions, and a round-trip self-test.
"""


class JSONDecodeError(ValueError):
    def __init__(self, msg, pos):
        super().__init__('%s at position %d' % (msg, pos))
        self.msg = msg
        self.pos = pos


class JSONEncodeError(TypeError):
    pass


ESCAPES = {
    '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
    '\b': '\\b', '\f': '\\f',
}
UNESCAPES = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
HEX = '0123456789abcdef'


def hex4(n):
    return HEX[(n >> 12) & 15] + HEX[(n >> 8) & 15] + HEX[(n >> 4) & 15] + HEX[n & 15]


def encode_string(s, ascii_only=True):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
            continue
        o = ord(ch)
        if o < 0x20:
            out.append('\\u' + hex4(o))
        elif o > 0x7e and ascii_only:
            if o > 0xffff:
                o -= 0x10000
                out.append('\\u' + hex4(0xd800 | (o >> 10)))
                out.append('\\u' + hex4(0xdc00 | (o & 0x3ff)))
            else:
                out.append('\\u' + hex4(o))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def encode_float(f):
    if f != f:
        raise JSONEncodeError('NaN is not valid JSON')
    if f in (float('inf'), float('-inf')):
        raise JSONEncodeError('Infinity is not valid JSON')
    if f == int(f) and abs(f) < 1e15:
        return '%d.0' % int(f)
    return repr(f)


class Encoder:
    def __init__(self, indent=None, sort_keys=False, separators=None):
        self.indent = indent
        self.sort_keys = sort_keys
        if separators is None:
            separators = (',', ': ') if indent is None else (',', ': ')
        self.item_sep, self.key_sep = separators

    def encode(self, obj):
        parts = []
        self._encode(obj, parts, 0, [])
        return ''.join(parts)

    def _newline(self, parts, level):
        if self.indent is not None:
            parts.append('\n' + ' ' * (self.indent * level))

    def _encode(self, obj, parts, level, stack):
        if obj is None:
            parts.append('null')
        elif obj is True:
            parts.append('true')
        elif obj is False:
            parts.append('false')
        elif isinstance(obj, int):
            parts.append(str(obj))
        elif isinstance(obj, float):
            parts.append(encode_float(obj))
        elif isinstance(obj, str):
            parts.append(encode_string(obj))
        elif isinstance(obj, (list, tuple)):
            self._check_cycle(obj, stack)
            if not obj:
                parts.append('[]')
                return
            parts.append('[')
            stack.append(obj)
            for i, item in enumerate(obj):
                if i:
                    parts.append(self.item_sep)
                self._newline(parts, level + 1)
                self._encode(item, parts, level + 1, stack)
            stack.pop()
            self._newline(parts, level)
            parts.append(']')
        elif isinstance(obj, dict):
            self._check_cycle(obj, stack)
            if not obj:
                parts.append('{}')
                return
            keys = list(obj.keys())
            for k in keys:
                if not isinstance(k, str):
                    raise JSONEncodeError('keys must be strings, got %s' % type(k).__name__)
            if self.sort_keys:
                keys.sort()
            parts.append('{')
            stack.append(obj)
            for i, k in enumerate(keys):
                if i:
                    parts.append(self.item_sep)
                self._newline(parts, level + 1)
                parts.append(encode_string(k))
                parts.append(self.key_sep)
                self._encode(obj[k], parts, level + 1, stack)
            stack.pop()
            self._newline(parts, level)
            parts.append('}')
        else:
            raise JSONEncodeError('cannot encode object of type %s' % type(obj).__name__)

    def _check_cycle(self, obj, stack):
        for s in stack:
            if s is obj:
                raise JSONEncodeError('circular reference detected')


class Decoder:
    WS = ' \t\n\r'

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise JSONDecodeError(msg, self.pos)

    def skip_ws(self):
        t = self.text
        n = len(t)
        while self.pos < n and t[self.pos] in self.WS:
            self.pos += 1

    def decode(self):
        self.skip_ws()
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            self.error('extra data')
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= len(self.text):
            self.error('unexpected end of input')
        c = self.text[self.pos]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        if c == '-' or c.isdigit():
            return self.number()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error('unexpected character %r' % c)

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == '}':
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != '"':
                self.error('expected string key')
            key = self.string()
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != ':':
                self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == '}':
                return result
            if c != ',':
                self.pos -= 1
                self.error("expected ',' or '}'")

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == ']':
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == ']':
                return result
            if c != ',':
                self.pos -= 1
                self.error("expected ',' or ']'")

    def hex_escape(self):
        h = self.text[self.pos:self.pos + 4]
        if len(h) != 4:
            self.error('truncated \\u escape')
        try:
            v = int(h, 16)
        except ValueError:
            self.error('bad \\u escape')
        self.pos += 4
        return v

    def string(self):
        self.pos += 1
        out = []
        t = self.text
        while True:
            if self.pos >= len(t):
                self.error('unterminated string')
            c = t[self.pos]
            self.pos += 1
            if c == '"':
                return ''.join(out)
            if c == '\\':
                e = t[self.pos:self.pos + 1]
                self.pos += 1
                if e == 'u':
                    v = self.hex_escape()
                    if 0xd800 <= v < 0xdc00 and t.startswith('\\u', self.pos):
                        self.pos += 2
                        lo = self.hex_escape()
                        v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00)
                    out.append(chr(v))
                elif e in UNESCAPES:
                    out.append(UNESCAPES[e])
                else:
                    self.error('invalid escape')
            elif ord(c) < 0x20:
                self.error('control character in string')
            else:
                out.append(c)

    def number(self):
        t = self.text
        start = self.pos
        if t[self.pos] == '-':
            self.pos += 1
        digits_start = self.pos
        while self.pos < len(t) and t[self.pos].isdigit():
            self.pos += 1
        if self.pos == digits_start:
            self.error('expected digits')
        is_float = False
        if t[self.pos:self.pos + 1] == '.':
            is_float = True
            self.pos += 1
            fs = self.pos
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
            if self.pos == fs:
                self.error('expected fraction digits')
        if t[self.pos:self.pos + 1] in ('e', 'E'):
            is_float = True
            self.pos += 1
            if t[self.pos:self.pos + 1] in ('+', '-'):
                self.pos += 1
            es = self.pos
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
            if self.pos == es:
                self.error('expected exponent digits')
        text = t[start:self.pos]
        return float(text) if is_float else int(text)


def dumps(obj, indent=None, sort_keys=False, separators=None):
    return Encoder(indent, sort_keys, separators).encode(obj)


def loads(text):
    return Decoder(text).decode()


def self_test():
    doc = {
        'name': 'sensor-7',
        'ok': True,
        'broken': False,
        'owner': None,
        'readings': [1, -2, 3.5, 1e-3, 12345678901234567890],
        'nested': {'a': [], 'b': {}, 'c': [[1, 2], {'d': 'e'}]},
        'text': 'tab\there "quoted" back\\slash\nnewline',
        'unicode': 'caf\u00e9 \u20ac \U0001f600',
    }
    compact = dumps(doc, sort_keys=True, separators=(',', ':'))
    print(compact)
    print(dumps(doc, indent=2, sort_keys=True))
    back = loads(compact)
    print(back == doc, sorted(back.keys()))
    print(back['unicode'] == doc['unicode'], back['text'] == doc['text'])
    samples = ['0', '-0', '12', '-3.25', '1e3', '2.5E-2', '"\\u0041\\u00e9"', '"\\ud83d\\ude00"',
               '[1, [2, [3, []]]]', ' { "k" : [ true , false , null ] } ', '"\\/\\b\\f"']
    for s in samples:
        v = loads(s)
        if isinstance(v, str):
            v = v.encode('utf-8')
        print('%-30s -> %r' % (s, v))
    bad = ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '01x', 'tru', '{1: 2}',
           '"\\x"', '-', '1.', '1e', '[1] 2', '"a\nb"']
    for s in bad:
        try:
            loads(s)
            print('%-12r accepted?!' % s)
        except JSONDecodeError as e:
            print('%-12r error: %s' % (s, e))
    for obj in [float('nan'), {1: 'x'}, set([1]), float('inf')]:
        try:
            dumps(obj)
        except JSONEncodeError as e:
            print('encode error:', e)
    cyc = [1]
    cyc.append(cyc)
    try:
        dumps(cyc)
    except JSONEncodeError as e:
        print('encode error:', e)
    print(dumps([0.5, 2.0, -1e20, 3.0e-5]), dumps('\x01\x1f'), dumps(()))
    big = {'items': [{'id': i, 'tags': ['t%d' % (i % 3)] * (i % 4), 'score': i * 1.5} for i in range(20)]}
    text = dumps(big, sort_keys=True)
    print(len(text), loads(text) == big, text[:80])


self_test()
