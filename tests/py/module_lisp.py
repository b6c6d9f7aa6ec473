"""A small Scheme-like Lisp interpreter.

Reader (tokenizer + parser with quote sugar), environments, special forms
(quote, if, define, set!, lambda, let, let*, begin, cond, and, or, when,
define with function sugar), proper tail calls via a trampoline loop,
builtins for numbers, lists and predicates, a printer, and error handling.
"""


class LispError(Exception):
    pass


class Symbol:
    table = {}

    def __init__(self, name):
        self.name = name

    @classmethod
    def intern(cls, name):
        s = cls.table.get(name)
        if s is None:
            s = cls(name)
            cls.table[name] = s
        return s

    def __repr__(self):
        return self.name


def sym(name):
    return Symbol.intern(name)


QUOTE, IF, DEFINE, SET, LAMBDA, BEGIN = sym('quote'), sym('if'), sym('define'), sym('set!'), sym('lambda'), sym('begin')
LET, LETSTAR, COND, ELSE, AND, OR, WHEN = sym('let'), sym('let*'), sym('cond'), sym('else'), sym('and'), sym('or'), sym('when')
NIL = []


def tokenize(src):
    out = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c in ' \t\n':
            i += 1
        elif c == ';':
            while i < n and src[i] != '\n':
                i += 1
        elif c in "()'":
            out.append(c)
            i += 1
        elif c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 1
            if j >= n:
                raise LispError('unterminated string')
            out.append(src[i:j + 1])
            i = j + 1
        else:
            j = i
            while j < n and src[j] not in " \t\n()';":
                j += 1
            out.append(src[i:j])
            i = j
    return out


def atom(tok):
    if tok.startswith('"'):
        return ('str', tok[1:-1])
    if tok == '#t':
        return True
    if tok == '#f':
        return False
    if tok == '.':
        return sym('.')
    try:
        return int(tok)
    except ValueError:
        pass
    try:
        return float(tok)
    except ValueError:
        return sym(tok)


def read_all(src):
    tokens = tokenize(src)
    pos = [0]

    def read():
        if pos[0] >= len(tokens):
            raise LispError('unexpected EOF')
        tok = tokens[pos[0]]
        pos[0] += 1
        if tok == '(':
            lst = []
            while True:
                if pos[0] >= len(tokens):
                    raise LispError('missing )')
                if tokens[pos[0]] == ')':
                    pos[0] += 1
                    return lst
                lst.append(read())
        if tok == ')':
            raise LispError('unexpected )')
        if tok == "'":
            return [QUOTE, read()]
        return atom(tok)
    exprs = []
    while pos[0] < len(tokens):
        exprs.append(read())
    return exprs


def to_str(x):
    if x is True:
        return '#t'
    if x is False:
        return '#f'
    if isinstance(x, Symbol):
        return x.name
    if isinstance(x, tuple) and x and x[0] == 'str':
        return '"%s"' % x[1]
    if isinstance(x, list):
        if len(x) == 2 and x[0] is QUOTE:
            return "'" + to_str(x[1])
        return '(' + ' '.join(to_str(e) for e in x) + ')'
    if isinstance(x, Procedure):
        return '#<lambda/%d>' % len(x.params)
    if callable(x):
        return '#<builtin>'
    return str(x)


class Env:
    def __init__(self, params=(), args=(), outer=None):
        self.vars = {}
        self.outer = outer
        if isinstance(params, Symbol):
            self.vars[params] = list(args)
        else:
            params = list(params)
            if len(params) >= 2 and params[-2] is sym('.'):
                rest = params[-1]
                params = params[:-2]
                self.vars[rest] = list(args[len(params):])
                args = args[:len(params)]
            if len(params) != len(args):
                raise LispError('expected %d args, got %d' % (len(params), len(args)))
            for p, a in zip(params, args):
                self.vars[p] = a

    def find(self, name):
        e = self
        while e is not None:
            if name in e.vars:
                return e
            e = e.outer
        raise LispError('unbound symbol: %s' % name.name)


class Procedure:
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env


def truthy(x):
    return x is not False


def num_check(*args):
    for a in args:
        if isinstance(a, bool) or not isinstance(a, (int, float)):
            raise LispError('not a number: %s' % to_str(a))


def builtin_div(a, b):
    num_check(a, b)
    if b == 0:
        raise LispError('division by zero')
    return a // b if isinstance(a, int) and isinstance(b, int) and a % b == 0 else a / b


def fold(fn, init):
    def f(*args):
        num_check(*args)
        acc = init
        for a in args:
            acc = fn(acc, a)
        return acc
    return f


def compare(fn):
    def f(*args):
        num_check(*args)
        return all(fn(args[i], args[i + 1]) for i in range(len(args) - 1))
    return f


def car(x):
    if not isinstance(x, list) or not x:
        raise LispError('car of non-pair')
    return x[0]


def cdr(x):
    if not isinstance(x, list) or not x:
        raise LispError('cdr of non-pair')
    return x[1:]


def global_env():
    env = Env()
    env.vars.update({
        sym('+'): fold(lambda a, b: a + b, 0),
        sym('*'): fold(lambda a, b: a * b, 1),
        sym('-'): lambda a, *r: -a if not r else a - sum(r),
        sym('/'): builtin_div,
        sym('modulo'): lambda a, b: a % b,
        sym('<'): compare(lambda a, b: a < b),
        sym('>'): compare(lambda a, b: a > b),
        sym('='): compare(lambda a, b: a == b),
        sym('<='): compare(lambda a, b: a <= b),
        sym('>='): compare(lambda a, b: a >= b),
        sym('car'): car, sym('cdr'): cdr,
        sym('cons'): lambda a, b: [a] + b,
        sym('list'): lambda *a: list(a),
        sym('length'): len,
        sym('append'): lambda *ls: [x for l in ls for x in l],
        sym('null?'): lambda x: x == [],
        sym('pair?'): lambda x: isinstance(x, list) and len(x) > 0,
        sym('number?'): lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
        sym('symbol?'): lambda x: isinstance(x, Symbol),
        sym('procedure?'): lambda x: isinstance(x, Procedure) or callable(x),
        sym('eq?'): lambda a, b: a is b or (a == b and not isinstance(a, list)),
        sym('equal?'): lambda a, b: a == b,
        sym('not'): lambda x: x is False,
        sym('abs'): abs, sym('max'): max, sym('min'): min,
        sym('apply'): lambda f, args: apply_proc(f, args),
        sym('map'): lambda f, l: [apply_proc(f, [x]) for x in l],
        sym('filter'): lambda f, l: [x for x in l if truthy(apply_proc(f, [x]))],
        sym('reverse'): lambda l: l[::-1],
        sym('display'): lambda x: OUTPUT.append(x[1] if isinstance(x, tuple) else to_str(x)),
    })
    return env


OUTPUT = []


def apply_proc(f, args):
    if isinstance(f, Procedure):
        return evaluate([BEGIN] + f.body, Env(f.params, args, f.env))
    if callable(f):
        try:
            return f(*args)
        except TypeError:
            raise LispError('bad arguments to builtin')
    raise LispError('not a procedure: %s' % to_str(f))


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x).vars[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError('cannot evaluate ()')
        op = x[0]
        if op is QUOTE:
            return x[1]
        if op is IF:
            test = evaluate(x[1], env)
            if truthy(test):
                x = x[2]
            elif len(x) > 3:
                x = x[3]
            else:
                return False
            continue
        if op is DEFINE:
            target = x[1]
            if isinstance(target, list):
                env.vars[target[0]] = Procedure(target[1:], x[2:], env)
            else:
                env.vars[target] = evaluate(x[2], env)
            return None
        if op is SET:
            env.find(x[1]).vars[x[1]] = evaluate(x[2], env)
            return None
        if op is LAMBDA:
            return Procedure(x[1], x[2:], env)
        if op is BEGIN:
            if len(x) == 1:
                return None
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if op is LET:
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, vals, env)
            x = [BEGIN] + x[2:]
            continue
        if op is LETSTAR:
            for b in x[1]:
                env = Env([b[0]], [evaluate(b[1], env)], env)
            x = [BEGIN] + x[2:]
            continue
        if op is COND:
            for clause in x[1:]:
                if clause[0] is ELSE or truthy(evaluate(clause[0], env)):
                    x = [BEGIN] + clause[1:]
                    break
            else:
                return None
            continue
        if op is AND:
            result = True
            for e in x[1:]:
                result = evaluate(e, env)
                if not truthy(result):
                    return result
            return result
        if op is OR:
            for e in x[1:]:
                result = evaluate(e, env)
                if truthy(result):
                    return result
            return False
        if op is WHEN:
            if truthy(evaluate(x[1], env)):
                x = [BEGIN] + x[2:]
                continue
            return None
        f = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(f, Procedure):
            env = Env(f.params, args, f.env)
            x = [BEGIN] + f.body
            continue
        return apply_proc(f, args)


def run(src, env):
    results = []
    try:
        for expr in read_all(src):
            v = evaluate(expr, env)
            if v is not None:
                results.append(to_str(v))
    except LispError as e:
        results.append('error: %s' % e)
    return results


PROGRAM = r"""
(define (square x) (* x x))
(square 12)
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(fact 20)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(map fib '(0 1 2 3 4 5 6 7 8 9 10))
(define (sum-to n acc) (if (= n 0) acc (sum-to (- n 1) (+ acc n))))
(sum-to 5000 0)
(define make-counter (lambda () (let ((n 0)) (lambda () (set! n (+ n 1)) n))))
(define c1 (make-counter))
(c1) (c1) (c1)
(let* ((a 2) (b (* a 10))) (list a b (+ a b)))
(define (classify n) (cond ((< n 0) 'negative) ((= n 0) 'zero) (else 'positive)))
(map classify '(-5 0 7))
(filter (lambda (x) (= (modulo x 3) 0)) '(1 2 3 4 5 6 7 8 9))
(define (compose f g) (lambda (x) (f (g x))))
((compose square (lambda (x) (+ x 1))) 4)
(apply + '(1 2 3 4 5))
(define (my-reverse l) (if (null? l) '() (append (my-reverse (cdr l)) (list (car l)))))
(my-reverse '(1 2 3 (4 5) "six"))
(and 1 2 3) (and 1 #f 3) (or #f #f) (or #f 7)
(define (variadic first . rest) (list first rest))
(variadic 1 2 3)
(equal? '(1 (2 3)) (list 1 (list 2 3))) (eq? 'a 'a)
(/ 10 4) (/ 10 5) (- 5) (- 10 1 2 3)
(define (qsort l)
  (if (null? l) '()
      (let ((p (car l)) (rest (cdr l)))
        (append (qsort (filter (lambda (x) (< x p)) rest))
                (list p)
                (qsort (filter (lambda (x) (>= x p)) rest))))))
(qsort '(3 1 4 1 5 9 2 6 5 3 5))
(when (> 3 2) (display "three is bigger") 'done)
(begin (define x 10) (set! x (* x x)) x)
"""


def self_test():
    env = global_env()
    for line in run(PROGRAM, env):
        print(line)
    print('output:', OUTPUT)
    for bad in ['(car (quote ()))', '(undefined-fn 1)', '(+ 1 "a")', '(/ 1 0)', '((lambda (x) x))',
                '(1 2 3)', '(define (f) (', ')', '"open', '(set! nope 1)', '()']:
        print('%-22s %s' % (bad, run(bad, env)))
    print(to_str(read_all("(a 'b (c . d) #t #f 1.5 \"s\")")[0]))
    print(sorted(s for s in Symbol.table if s.endswith('?')))


self_test()
