"""A small Forth interpreter.

Supports integer arithmetic, stack words (dup drop swap over rot nip tuck
pick 2dup 2drop), comparison and logic, colon definitions, IF/ELSE/THEN,
DO/LOOP/+LOOP with I and J, BEGIN/UNTIL, BEGIN/WHILE/REPEAT, VARIABLE and
CONSTANT with @ ! +!, string printing with ." ...", EMIT, CR, recursion via
RECURSE, and error handling for stack underflow and unknown words.
"""


class ForthError(Exception):
    pass


class Forth:
    def __init__(self):
        self.stack = []
        self.rstack = []
        self.out = []
        self.words = {}
        self.memory = []
        self.constants = {}
        self.variables = {}
        self.builtins = {
            '+': lambda: self.binop(lambda a, b: a + b),
            '-': lambda: self.binop(lambda a, b: a - b),
            '*': lambda: self.binop(lambda a, b: a * b),
            '/': self.div,
            'mod': self.mod,
            '/mod': self.divmod_,
            'negate': lambda: self.push(-self.pop()),
            'abs': lambda: self.push(abs(self.pop())),
            'min': lambda: self.binop(min),
            'max': lambda: self.binop(max),
            '=': lambda: self.binop(lambda a, b: -1 if a == b else 0),
            '<>': lambda: self.binop(lambda a, b: -1 if a != b else 0),
            '<': lambda: self.binop(lambda a, b: -1 if a < b else 0),
            '>': lambda: self.binop(lambda a, b: -1 if a > b else 0),
            '0=': lambda: self.push(-1 if self.pop() == 0 else 0),
            'and': lambda: self.binop(lambda a, b: a & b),
            'or': lambda: self.binop(lambda a, b: a | b),
            'xor': lambda: self.binop(lambda a, b: a ^ b),
            'invert': lambda: self.push(~self.pop()),
            'lshift': lambda: self.binop(lambda a, b: a << b),
            'rshift': lambda: self.binop(lambda a, b: a >> b),
            'dup': lambda: self.push(self.peek(0)),
            'drop': lambda: self.pop(),
            'swap': self.swap,
            'over': lambda: self.push(self.peek(1)),
            'rot': self.rot,
            'nip': self.nip,
            'tuck': self.tuck,
            'pick': lambda: self.push(self.peek(self.pop())),
            '2dup': self.two_dup,
            '2drop': self.two_drop,
            'depth': lambda: self.push(len(self.stack)),
            '.': lambda: self.emit_text(str(self.pop()) + ' '),
            '.s': lambda: self.emit_text('<%d> %s ' % (len(self.stack), ' '.join(str(v) for v in self.stack))),
            'emit': lambda: self.emit_text(chr(self.pop())),
            'cr': lambda: self.emit_text('\n'),
            'space': lambda: self.emit_text(' '),
            '@': lambda: self.push(self.memory[self.pop()]),
            '!': self.store,
            '+!': self.plus_store,
            'i': lambda: self.push(self.rstack[-1][0]),
            'j': lambda: self.push(self.rstack[-2][0]),
        }

    def emit_text(self, s):
        self.out.append(s)

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            raise ForthError('stack underflow')
        return self.stack.pop()

    def peek(self, n):
        if n >= len(self.stack):
            raise ForthError('stack underflow')
        return self.stack[-1 - n]

    def binop(self, fn):
        b = self.pop()
        a = self.pop()
        self.push(fn(a, b))

    def div(self):
        b = self.pop()
        a = self.pop()
        if b == 0:
            raise ForthError('division by zero')
        q = abs(a) // abs(b)
        self.push(q if (a < 0) == (b < 0) else -q)

    def mod(self):
        b = self.pop()
        a = self.pop()
        if b == 0:
            raise ForthError('division by zero')
        r = abs(a) % abs(b)
        self.push(-r if a < 0 else r)

    def divmod_(self):
        b = self.peek(0)
        a = self.peek(1)
        self.mod()
        r = self.pop()
        self.push(a)
        self.push(b)
        self.div()
        q = self.pop()
        self.push(r)
        self.push(q)

    def swap(self):
        b = self.pop()
        a = self.pop()
        self.push(b)
        self.push(a)

    def rot(self):
        c = self.pop()
        b = self.pop()
        a = self.pop()
        self.stack.extend([b, c, a])

    def nip(self):
        b = self.pop()
        self.pop()
        self.push(b)

    def tuck(self):
        b = self.pop()
        a = self.pop()
        self.stack.extend([b, a, b])

    def two_dup(self):
        self.push(self.peek(1))
        self.push(self.peek(1))

    def two_drop(self):
        self.pop()
        self.pop()

    def store(self):
        addr = self.pop()
        self.memory[addr] = self.pop()

    def plus_store(self):
        addr = self.pop()
        self.memory[addr] += self.pop()

    def tokenize(self, src):
        tokens = []
        i = 0
        n = len(src)
        while i < n:
            while i < n and src[i] in ' \t\n':
                i += 1
            if i >= n:
                break
            j = i
            while j < n and src[j] not in ' \t\n':
                j += 1
            word = src[i:j]
            if word == '."':
                end = src.find('"', j + 1)
                if end < 0:
                    raise ForthError('unterminated string')
                tokens.append(('str', src[j + 1:end]))
                i = end + 1
            elif word == '(':
                end = src.find(')', j)
                i = end + 1 if end >= 0 else n
            elif word == '\\':
                end = src.find('\n', j)
                i = end if end >= 0 else n
            else:
                tokens.append(('word', word.lower()))
                i = j
        return tokens

    def compile(self, tokens, pos, terminators):
        """Compile tokens into a nested list of ops until one of terminators."""
        ops = []
        while pos < len(tokens):
            kind, w = tokens[pos]
            pos += 1
            if kind == 'str':
                ops.append(('print', w))
            elif w in terminators:
                return ops, pos, w
            elif w == 'if':
                then_ops, pos, end = self.compile(tokens, pos, ('else', 'then'))
                else_ops = []
                if end == 'else':
                    else_ops, pos, _ = self.compile(tokens, pos, ('then',))
                ops.append(('if', then_ops, else_ops))
            elif w == 'do':
                body, pos, end = self.compile(tokens, pos, ('loop', '+loop'))
                ops.append(('do', body, end == '+loop'))
            elif w == 'begin':
                body, pos, end = self.compile(tokens, pos, ('until', 'while'))
                if end == 'until':
                    ops.append(('until', body))
                else:
                    body2, pos, _ = self.compile(tokens, pos, ('repeat',))
                    ops.append(('while', body, body2))
            else:
                ops.append(('call', w))
        if terminators:
            raise ForthError('missing %s' % '/'.join(terminators))
        return ops, pos, None

    def run_ops(self, ops, current):
        for op in ops:
            kind = op[0]
            if kind == 'call':
                self.call(op[1], current)
            elif kind == 'print':
                self.emit_text(op[1])
            elif kind == 'if':
                self.run_ops(op[1] if self.pop() else op[2], current)
            elif kind == 'do':
                start = self.pop()
                limit = self.pop()
                self.rstack.append([start, limit])
                try:
                    while True:
                        self.run_ops(op[1], current)
                        step = self.pop() if op[2] else 1
                        frame = self.rstack[-1]
                        frame[0] += step
                        if (step > 0 and frame[0] >= limit) or (step < 0 and frame[0] < limit) or step == 0:
                            break
                finally:
                    self.rstack.pop()
            elif kind == 'until':
                while True:
                    self.run_ops(op[1], current)
                    if self.pop():
                        break
            elif kind == 'while':
                while True:
                    self.run_ops(op[1], current)
                    if not self.pop():
                        break
                    self.run_ops(op[2], current)

    def call(self, w, current=None):
        if w == 'recurse':
            w = current
        if w in self.words:
            self.run_ops(self.words[w], w)
        elif w in self.builtins:
            self.builtins[w]()
        elif w in self.constants:
            self.push(self.constants[w])
        elif w in self.variables:
            self.push(self.variables[w])
        else:
            try:
                self.push(int(w, 0) if w.startswith(('0x', '-0x')) else int(w))
            except ValueError:
                raise ForthError('unknown word: %s' % w)

    def interpret(self, src):
        tokens = self.tokenize(src)
        pos = 0
        while pos < len(tokens):
            kind, w = tokens[pos]
            if kind == 'word' and w == ':':
                name = tokens[pos + 1][1]
                body, pos, _ = self.compile(tokens, pos + 2, (';',))
                self.words[name] = body
            elif kind == 'word' and w == 'variable':
                self.variables[tokens[pos + 1][1]] = len(self.memory)
                self.memory.append(0)
                pos += 2
            elif kind == 'word' and w == 'constant':
                self.constants[tokens[pos + 1][1]] = self.pop()
                pos += 2
            else:
                ops, pos2, _ = self.compile(tokens[pos:pos + 1], 0, ()) if w not in ('if', 'do', 'begin') else (None, 0, None)
                if ops is None:
                    end = len(tokens)
                    ops, consumed, _ = self.compile(tokens[pos:end], 0, ())
                    self.run_ops(ops, None)
                    pos = end
                else:
                    self.run_ops(ops, None)
                    pos += 1

    def run(self, src):
        self.out = []
        try:
            self.interpret(src)
            status = 'ok'
        except ForthError as e:
            status = 'error: %s' % e
            self.stack = []
            self.rstack = []
        return ''.join(self.out), status


PROGRAMS = [
    '1 2 + 3 * .',
    '10 3 / . 10 3 mod . -7 2 / . -7 2 mod . 17 5 /mod . .',
    '1 2 3 rot .s',
    '1 2 swap over nip tuck .s',
    '5 dup * . 7 2dup + . . .',
    ': square dup * ; : cube dup square * ; 4 square . 3 cube .',
    ': sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .',
    ': countdown begin dup . 1 - dup 0= until drop ; 5 countdown',
    '10 0 do i . loop',
    '3 0 do 2 0 do i j 10 * + . loop loop',
    '0 10 0 do i + 2 +loop .',
    '0 100 1 - -10 + do i . -25 +loop',
    ': fact dup 1 > if dup 1 - recurse * then ; 10 fact . 20 fact .',
    ': fib dup 2 < if else dup 1 - recurse swap 2 - recurse + then ; 15 fib .',
    'variable counter 5 counter ! counter @ . 3 counter +! counter @ .',
    '42 constant answer answer 2 * .',
    ': star 42 emit ; : stars 0 do star loop ; 5 stars cr 3 stars',
    '." Hello, Forth!" cr ." bye"',
    ': gcd begin dup while swap over mod repeat drop ; 1071 462 gcd . 17 5 gcd .',
    '( a comment ) 1 2 + . \\ line comment',
    '6 7 = . 6 6 = . 3 4 < . 5 3 > . 0 0= . 5 0= . -1 invert . 12 10 and . 12 10 or . 12 10 xor .',
    '1 4 lshift . 256 3 rshift . 0x1f . -0x10 .',
    '1 2 3 4 5 depth . 2 pick . .s',
    ': primes 2 do 1 i 2 do j i mod 0= if drop 0 then loop if i . then loop ; 30 primes',
    '1 +',
    'frobnicate',
    '5 0 /',
    ': broken if 1 ;',
]


def self_test():
    f = Forth()
    for src in PROGRAMS:
        out, status = f.run(src)
        print('%-60s | %-30s | %s' % (src[:60], out.replace('\n', '\\n'), status))
    print('stack after all programs:', f.stack)
    print('defined words:', sorted(f.words))
    g = Forth()
    g.run(': sq dup * ; : sumsq 0 swap 1 + 1 do i sq + loop ;')
    out, status = g.run('10 sumsq . 100 sumsq .')
    print(out, status)


self_test()
