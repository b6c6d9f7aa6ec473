"""A small expression language: tokenizer, Pratt parser, AST and evaluator.

Supports integers, floats, strings, names, function calls, unary/binary
operators with precedence, comparison chains, conditional expressions,
let-bindings and lambdas.  Self-test at the bottom prints results.
"""

KEYWORDS = ('let', 'in', 'if', 'then', 'else', 'fn', 'and', 'or', 'not', 'true', 'false')
OPERATORS = ('==', '!=', '<=', '>=', '->', '**', '+', '-', '*', '/', '%', '<', '>', '(', ')', ',', '=')


class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return '%s(%r)' % (self.kind, self.value)


class LexError(Exception):
    pass


class ParseError(Exception):
    pass


class EvalError(Exception):
    pass


def is_name_start(c):
    return c.isalpha() or c == '_'


def is_name_char(c):
    return c.isalpha() or c.isdigit() or c == '_'


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c in ' \t\n':
            i += 1
            continue
        if c == '#':
            while i < n and src[i] != '\n':
                i += 1
            continue
        start = i
        if c.isdigit():
            while i < n and src[i].isdigit():
                i += 1
            is_float = False
            if i < n and src[i] == '.' and i + 1 < n and src[i + 1].isdigit():
                is_float = True
                i += 1
                while i < n and src[i].isdigit():
                    i += 1
            text = src[start:i]
            tokens.append(Token('NUM', float(text) if is_float else int(text), start))
            continue
        if is_name_start(c):
            while i < n and is_name_char(src[i]):
                i += 1
            word = src[start:i]
            tokens.append(Token('KW' if word in KEYWORDS else 'NAME', word, start))
            continue
        if c == '"' or c == "'":
            quote = c
            i += 1
            chars = []
            while i < n and src[i] != quote:
                if src[i] == '\\' and i + 1 < n:
                    esc = src[i + 1]
                    chars.append({'n': '\n', 't': '\t'}.get(esc, esc))
                    i += 2
                else:
                    chars.append(src[i])
                    i += 1
            if i >= n:
                raise LexError('unterminated string at %d' % start)
            i += 1
            tokens.append(Token('STR', ''.join(chars), start))
            continue
        for op in OPERATORS:
            if src.startswith(op, i):
                tokens.append(Token('OP', op, start))
                i += len(op)
                break
        else:
            raise LexError('unexpected character %r at %d' % (c, i))
    tokens.append(Token('EOF', None, n))
    return tokens


# AST nodes are tuples: (kind, ...)

BINARY_PRECEDENCE = {
    'or': 1, 'and': 2,
    '==': 4, '!=': 4, '<': 4, '>': 4, '<=': 4, '>=': 4,
    '+': 5, '-': 5,
    '*': 6, '/': 6, '%': 6,
    '**': 8,
}
RIGHT_ASSOC = ('**',)
COMPARISONS = ('==', '!=', '<', '>', '<=', '>=')


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def accept(self, kind, value=None):
        t = self.peek()
        if t.kind == kind and (value is None or t.value == value):
            self.pos += 1
            return t
        return None

    def expect(self, kind, value=None):
        t = self.accept(kind, value)
        if t is None:
            got = self.peek()
            raise ParseError('expected %s %r, got %s %r' % (kind, value, got.kind, got.value))
        return t

    def parse(self):
        node = self.expression()
        self.expect('EOF')
        return node

    def expression(self):
        if self.accept('KW', 'let'):
            name = self.expect('NAME').value
            self.expect('OP', '=')
            value = self.expression()
            self.expect('KW', 'in')
            body = self.expression()
            return ('let', name, value, body)
        if self.accept('KW', 'if'):
            cond = self.expression()
            self.expect('KW', 'then')
            a = self.expression()
            self.expect('KW', 'else')
            b = self.expression()
            return ('if', cond, a, b)
        if self.accept('KW', 'fn'):
            params = []
            while not self.accept('OP', '->'):
                params.append(self.expect('NAME').value)
                self.accept('OP', ',')
            body = self.expression()
            return ('fn', tuple(params), body)
        return self.binary(0)

    def binary_op(self):
        t = self.peek()
        if t.kind == 'OP' and t.value in BINARY_PRECEDENCE:
            return t.value
        if t.kind == 'KW' and t.value in ('and', 'or'):
            return t.value
        return None

    def binary(self, min_prec):
        left = self.unary()
        while True:
            op = self.binary_op()
            if op is None:
                return left
            prec = BINARY_PRECEDENCE[op]
            if prec < min_prec:
                return left
            self.advance()
            if op in COMPARISONS:
                right = self.binary(prec + 1)
                chain = [('cmp', op, left, right)]
                while self.binary_op() in COMPARISONS:
                    op2 = self.advance().value
                    nxt = self.binary(prec + 1)
                    chain.append(('cmp', op2, right, nxt))
                    right = nxt
                left = chain[0] if len(chain) == 1 else ('chain', tuple(chain))
                continue
            next_min = prec if op in RIGHT_ASSOC else prec + 1
            right = self.binary(next_min)
            left = ('bin', op, left, right)

    def unary(self):
        if self.accept('OP', '-'):
            return ('neg', self.unary())
        if self.accept('KW', 'not'):
            return ('not', self.unary())
        return self.call()

    def call(self):
        node = self.atom()
        while self.accept('OP', '('):
            args = []
            if not self.accept('OP', ')'):
                while True:
                    args.append(self.expression())
                    if self.accept('OP', ')'):
                        break
                    self.expect('OP', ',')
            node = ('call', node, tuple(args))
        return node

    def atom(self):
        t = self.advance()
        if t.kind == 'NUM' or t.kind == 'STR':
            return ('const', t.value)
        if t.kind == 'NAME':
            return ('name', t.value)
        if t.kind == 'KW' and t.value in ('true', 'false'):
            return ('const', t.value == 'true')
        if t.kind == 'OP' and t.value == '(':
            e = self.expression()
            self.expect('OP', ')')
            return e
        raise ParseError('unexpected token %s %r' % (t.kind, t.value))


class Closure:
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env

    def __repr__(self):
        return '<fn/%d>' % len(self.params)


class Env:
    def __init__(self, vars, parent=None):
        self.vars = vars
        self.parent = parent

    def lookup(self, name):
        e = self
        while e is not None:
            if name in e.vars:
                return e.vars[name]
            e = e.parent
        raise EvalError('undefined name ' + name)


def arith(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if op == '/':
        if b == 0:
            raise EvalError('division by zero')
        if isinstance(a, int) and isinstance(b, int) and a % b == 0:
            return a // b
        return a / b
    if op == '%':
        return a % b
    if op == '**':
        return a ** b
    raise EvalError('bad operator ' + op)


def compare(op, a, b):
    if op == '==':
        return a == b
    if op == '!=':
        return a != b
    if op == '<':
        return a < b
    if op == '>':
        return a > b
    if op == '<=':
        return a <= b
    return a >= b


def evaluate(node, env):
    kind = node[0]
    if kind == 'const':
        return node[1]
    if kind == 'name':
        return env.lookup(node[1])
    if kind == 'neg':
        return -evaluate(node[1], env)
    if kind == 'not':
        return not evaluate(node[1], env)
    if kind == 'bin':
        op = node[1]
        if op == 'and':
            return evaluate(node[2], env) and evaluate(node[3], env)
        if op == 'or':
            return evaluate(node[2], env) or evaluate(node[3], env)
        return arith(op, evaluate(node[2], env), evaluate(node[3], env))
    if kind == 'cmp':
        return compare(node[1], evaluate(node[2], env), evaluate(node[3], env))
    if kind == 'chain':
        for c in node[1]:
            if not evaluate(c, env):
                return False
        return True
    if kind == 'let':
        value = evaluate(node[2], env)
        return evaluate(node[3], Env({node[1]: value}, env))
    if kind == 'if':
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    if kind == 'fn':
        return Closure(node[1], node[2], env)
    if kind == 'call':
        fn = evaluate(node[1], env)
        args = [evaluate(a, env) for a in node[2]]
        if isinstance(fn, Closure):
            if len(args) != len(fn.params):
                raise EvalError('arity mismatch: want %d got %d' % (len(fn.params), len(args)))
            return evaluate(fn.body, Env(dict(zip(fn.params, args)), fn.env))
        if callable(fn):
            return fn(*args)
        raise EvalError('not callable: %r' % (fn,))
    raise EvalError('unknown node ' + kind)


def to_source(node):
    kind = node[0]
    if kind == 'const':
        return repr(node[1])
    if kind == 'name':
        return node[1]
    if kind == 'neg':
        return '(-%s)' % to_source(node[1])
    if kind == 'not':
        return '(not %s)' % to_source(node[1])
    if kind in ('bin', 'cmp'):
        return '(%s %s %s)' % (to_source(node[2]), node[1], to_source(node[3]))
    if kind == 'chain':
        return '[' + ' & '.join(to_source(c) for c in node[1]) + ']'
    if kind == 'let':
        return 'let %s = %s in %s' % (node[1], to_source(node[2]), to_source(node[3]))
    if kind == 'if':
        return 'if %s then %s else %s' % tuple(to_source(n) for n in node[1:])
    if kind == 'fn':
        return 'fn %s -> %s' % (', '.join(node[1]), to_source(node[2]))
    if kind == 'call':
        return '%s(%s)' % (to_source(node[1]), ', '.join(to_source(a) for a in node[2]))
    return '?'


GLOBALS = Env({
    'abs': abs, 'max': max, 'min': min, 'len': len,
    'str': str, 'upper': lambda s: s.upper(), 'pi': 3.25,
})


def run(src):
    try:
        ast = Parser(tokenize(src)).parse()
        return to_source(ast), evaluate(ast, GLOBALS)
    except (LexError, ParseError, EvalError) as e:
        return type(e).__name__, str(e)


def self_test():
    print(tokenize('x1 = 3.5 * (y - 2) # comment'))
    print(tokenize('"a\\tb" <= \'c\''))
    programs = [
        '1 + 2 * 3',
        '(1 + 2) * 3',
        '2 ** 3 ** 2',
        '-2 ** 2',
        '10 / 4',
        '10 / 5',
        '17 % 5 - -3',
        '1 < 2 < 3',
        '3 > 2 > 5',
        '1 == 1 and 2 != 3 or false',
        'not 1 > 2',
        'let x = 5 in x * x + 1',
        'let f = fn a, b -> a * 10 + b in f(4, 2)',
        'let sq = fn n -> n * n in let twice = fn f, v -> f(f(v)) in twice(sq, 3)',
        'if 2 > 1 then "yes" else "no"',
        'upper("hello") + str(42)',
        'max(3, 9, 4) - min(7, 2) + abs(-5)',
        'let add = fn a -> fn b -> a + b in add(10)(32)',
        'len("four") * pi',
        '1 +',
        'foo(1)',
        '"unterminated',
        '5 / 0',
        'let f = fn a -> a in f(1, 2)',
        '3 $ 4',
    ]
    for p in programs:
        print('%-45s => %r' % (p, run(p)))
    total = 0
    for i in range(1, 6):
        src = 'let n = %d in if n %% 2 == 0 then n * 100 else n' % i
        total += run(src)[1]
    print('total', total)


self_test()
