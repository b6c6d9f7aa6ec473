"""A tiny regular-expression engine (parser + backtracking matcher).

Supported syntax: literals, '.', character classes '[a-z0-9_]' and negated
'[^...]', escapes \\d \\w \\s \\D \\W \\S and escaped metacharacters,
anchors '^' '$', groups '(...)' with capture, alternation '|', and the
quantifiers '*', '+', '?', '{m}', '{m,}', '{m,n}' with lazy variants '*?',
'+?', '??'.  Provides match, search, findall, sub and split.
"""


class RegexError(Exception):
    pass


DIGITS = set('0123456789')
WORD = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
SPACE = set(' \t\n\r\f\v')


class CharSet:
    def __init__(self, chars=(), ranges=(), negate=False, classes=()):
        self.chars = set(chars)
        self.ranges = list(ranges)
        self.negate = negate
        self.classes = list(classes)

    def test(self, c):
        hit = c in self.chars
        if not hit:
            for lo, hi in self.ranges:
                if lo <= c <= hi:
                    hit = True
                    break
        if not hit:
            for cls, neg in self.classes:
                if (c in cls) != neg:
                    hit = True
                    break
        return hit != self.negate


ESCAPE_CLASSES = {
    'd': (DIGITS, False), 'D': (DIGITS, True),
    'w': (WORD, False), 'W': (WORD, True),
    's': (SPACE, False), 'S': (SPACE, True),
}


class Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.ngroups = 0

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def take(self):
        c = self.p[self.i]
        self.i += 1
        return c

    def parse(self):
        node = self.alternation()
        if self.i != len(self.p):
            raise RegexError('unbalanced parenthesis at %d' % self.i)
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.take()
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def sequence(self):
        items = []
        while self.peek() is not None and self.peek() not in '|)':
            items.append(self.quantified())
        return ('seq', items)

    def quantified(self):
        atom = self.atom()
        c = self.peek()
        if c in ('*', '+', '?', '{'):
            if atom[0] in ('bol', 'eol'):
                raise RegexError('nothing to repeat')
            if c == '{':
                lo, hi = self.braces()
            else:
                self.take()
                lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
            lazy = False
            if self.peek() == '?':
                self.take()
                lazy = True
            return ('repeat', atom, lo, hi, lazy)
        return atom

    def braces(self):
        start = self.i
        self.take()
        num = ''
        while self.peek() is not None and self.peek().isdigit():
            num += self.take()
        if not num:
            raise RegexError('bad repeat at %d' % start)
        lo = int(num)
        hi = lo
        if self.peek() == ',':
            self.take()
            num = ''
            while self.peek() is not None and self.peek().isdigit():
                num += self.take()
            hi = int(num) if num else None
        if self.peek() != '}':
            raise RegexError('unterminated repeat at %d' % start)
        self.take()
        if hi is not None and hi < lo:
            raise RegexError('bad repeat range')
        return lo, hi

    def atom(self):
        c = self.take()
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            self.ngroups += 1
            idx = self.ngroups
            inner = self.alternation()
            if self.peek() != ')':
                raise RegexError('missing )')
            self.take()
            return ('group', idx, inner)
        if c == '[':
            return ('set', self.charset())
        if c == '\\':
            if self.peek() is None:
                raise RegexError('trailing backslash')
            e = self.take()
            if e in ESCAPE_CLASSES:
                return ('set', CharSet(classes=[ESCAPE_CLASSES[e]]))
            return ('char', {'n': '\n', 't': '\t'}.get(e, e))
        if c in '*+?{':
            raise RegexError('nothing to repeat at %d' % (self.i - 1))
        if c == ')':
            raise RegexError('unbalanced parenthesis')
        return ('char', c)

    def charset(self):
        cs = CharSet()
        if self.peek() == '^':
            self.take()
            cs.negate = True
        first = True
        while True:
            c = self.peek()
            if c is None:
                raise RegexError('unterminated character set')
            if c == ']' and not first:
                self.take()
                return cs
            first = False
            c = self.take()
            if c == '\\':
                e = self.take()
                if e in ESCAPE_CLASSES:
                    cs.classes.append(ESCAPE_CLASSES[e])
                    continue
                c = e
            if self.peek() == '-' and self.i + 1 < len(self.p) and self.p[self.i + 1] != ']':
                self.take()
                hi = self.take()
                if hi < c:
                    raise RegexError('bad character range %s-%s' % (c, hi))
                cs.ranges.append((c, hi))
            else:
                cs.chars.add(c)


class Match:
    def __init__(self, text, start, end, groups):
        self.text = text
        self._start = start
        self._end = end
        self._groups = groups

    def group(self, n=0):
        if n == 0:
            return self.text[self._start:self._end]
        span = self._groups.get(n)
        return None if span is None else self.text[span[0]:span[1]]

    def groups(self):
        n = max(self._groups) if self._groups else 0
        return tuple(self.group(i) for i in range(1, n + 1))

    def span(self):
        return (self._start, self._end)

    def __repr__(self):
        return '<Match %r span=%r>' % (self.group(), self.span())


class Regex:
    def __init__(self, pattern):
        self.pattern = pattern
        parser = Parser(pattern)
        self.tree = parser.parse()
        self.ngroups = parser.ngroups

    def _m(self, node, text, i, groups, k):
        kind = node[0]
        if kind == 'char':
            return k(i + 1, groups) if i < len(text) and text[i] == node[1] else None
        if kind == 'any':
            return k(i + 1, groups) if i < len(text) and text[i] != '\n' else None
        if kind == 'set':
            return k(i + 1, groups) if i < len(text) and node[1].test(text[i]) else None
        if kind == 'bol':
            return k(i, groups) if i == 0 else None
        if kind == 'eol':
            return k(i, groups) if i == len(text) else None
        if kind == 'seq':
            return self._seq(node[1], 0, text, i, groups, k)
        if kind == 'alt':
            for b in node[1]:
                r = self._m(b, text, i, groups, k)
                if r is not None:
                    return r
            return None
        if kind == 'group':
            idx = node[1]

            def close(j, g):
                g2 = dict(g)
                g2[idx] = (i, j)
                return k(j, g2)
            return self._m(node[2], text, i, groups, close)
        if kind == 'repeat':
            return self._rep(node, text, i, groups, k, 0)
        raise RegexError('bad node ' + kind)

    def _seq(self, items, n, text, i, groups, k):
        if n == len(items):
            return k(i, groups)
        return self._m(items[n], text, i, groups,
                       lambda j, g: self._seq(items, n + 1, text, j, g, k))

    def _rep(self, node, text, i, groups, k, count):
        _, atom, lo, hi, lazy = node

        def more(j, g):
            if j == i:
                return None
            return self._rep(node, text, j, g, k, count + 1)
        can_more = hi is None or count < hi
        if count < lo:
            return self._m(atom, text, i, groups, more)
        if lazy:
            r = k(i, groups)
            if r is None and can_more:
                r = self._m(atom, text, i, groups, more)
            return r
        r = self._m(atom, text, i, groups, more) if can_more else None
        return r if r is not None else k(i, groups)

    def match(self, text, pos=0):
        r = self._m(self.tree, text, pos, {}, lambda j, g: (j, g))
        if r is None:
            return None
        return Match(text, pos, r[0], r[1])

    def search(self, text, pos=0):
        for start in range(pos, len(text) + 1):
            m = self.match(text, start)
            if m is not None:
                return m
        return None

    def finditer(self, text):
        pos = 0
        while pos <= len(text):
            m = self.search(text, pos)
            if m is None:
                return
            yield m
            s, e = m.span()
            pos = e if e > s else e + 1

    def findall(self, text):
        out = []
        for m in self.finditer(text):
            if self.ngroups == 0:
                out.append(m.group())
            elif self.ngroups == 1:
                out.append(m.group(1))
            else:
                out.append(m.groups())
        return out

    def sub(self, repl, text):
        out = []
        last = 0
        for m in self.finditer(text):
            s, e = m.span()
            out.append(text[last:s])
            out.append(repl(m) if callable(repl) else repl)
            last = e
        out.append(text[last:])
        return ''.join(out)

    def split(self, text):
        parts = []
        last = 0
        for m in self.finditer(text):
            s, e = m.span()
            if e == s:
                continue
            parts.append(text[last:s])
            last = e
        parts.append(text[last:])
        return parts


def self_test():
    cases = [
        ('abc', 'abc'), ('a.c', 'axc'), ('a.c', 'a\nc'), ('ab*c', 'ac'), ('ab*c', 'abbbc'),
        ('ab+c', 'ac'), ('colou?r', 'color'), ('colou?r', 'colour'), ('^\\d{3}-\\d{4}$', '555-1234'),
        ('^\\d{3}-\\d{4}$', '5555-1234'), ('(a|b)+c', 'ababbc'), ('[a-c]+', 'cabbage'),
        ('[^0-9]+', 'abc123'), ('\\w+@\\w+\\.com', 'me@example.com'), ('x{2,3}', 'xxxx'),
        ('(ab){2,}', 'abababx'), ('a*?b', 'aaab'), ('<.+>', '<a><b>'), ('<.+?>', '<a><b>'),
        ('\\s*\\S+', '   word  '), ('(\\d+)\\.(\\d+)', '3.14159'), ('[\\d_]+', '12_34x'),
    ]
    for pat, text in cases:
        m = Regex(pat).match(text)
        print('%-18s %-16r -> %s' % (pat, text, m if m is None else (m.group(), m.groups())))
    r = Regex('(\\w+)=(\\d+)')
    print(r.findall('a=1, bb=22; ccc=333 d=x'))
    print(Regex('\\d+').findall('call 555-1234 or 555-9876 ext 42'))
    print(Regex('[aeiou]').sub('*', 'regular expressions'))
    print(Regex('(\\w+)').sub(lambda m: m.group(1).upper(), 'shout these words'))
    print(Regex('\\s*,\\s*').split('a , b,c ,  d'))
    print(Regex('x*').split('axbxxc'))
    m = Regex('(\\d{4})-(\\d{2})-(\\d{2})').search('released on 2024-03-15, patched later')
    print(m, m.groups(), m.group(2), m.span())
    print(Regex('(a)|(b)').match('b').groups())
    print(Regex('^$').match(''), Regex('a|').match('') is not None)
    print(Regex('(a*)*b').match('aaaaaaaaaaaaaaaab').span())
    for bad in ['(ab', 'ab)', '*a', 'a{2', 'a{3,1}', '[abc', '[z-a]', 'a\\', '^*']:
        try:
            Regex(bad)
            print('compiled?!', bad)
        except RegexError as e:
            print('%-8s RegexError: %s' % (bad, e))
    ip = Regex('^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$')
    for addr in ['192.168.0.1', '10.0.0.256', '1.2.3', 'a.b.c.d']:
        m = ip.match(addr)
        ok = m is not None and all(int(g) < 256 for g in m.groups())
        print(addr, ok)


self_test()
