# Visitor pattern over an expression tree with double dispatch via method names.
class Node:
    def accept(self, visitor):
        return getattr(visitor, 'visit_' + type(self).__name__)(self)
class Num(Node):
    def __init__(self, v):
        self.v = v
class Add(Node):
    def __init__(self, a, b):
        self.a, self.b = a, b
class Mul(Node):
    def __init__(self, a, b):
        self.a, self.b = a, b
class Neg(Node):
    def __init__(self, e):
        self.e = e
class Var(Node):
    def __init__(self, name):
        self.name = name
class Evaluator:
    def __init__(self, env):
        self.env = env
    def visit_Num(self, n):
        return n.v
    def visit_Var(self, n):
        return self.env[n.name]
    def visit_Add(self, n):
        return n.a.accept(self) + n.b.accept(self)
    def visit_Mul(self, n):
        return n.a.accept(self) * n.b.accept(self)
    def visit_Neg(self, n):
        return -n.e.accept(self)
class Printer:
    def visit_Num(self, n):
        return str(n.v)
    def visit_Var(self, n):
        return n.name
    def visit_Add(self, n):
        return '(%s + %s)' % (n.a.accept(self), n.b.accept(self))
    def visit_Mul(self, n):
        return '%s * %s' % (n.a.accept(self), n.b.accept(self))
    def visit_Neg(self, n):
        return '-' + n.e.accept(self)
class Simplifier:
    def visit_Num(self, n):
        return n
    def visit_Var(self, n):
        return n
    def visit_Neg(self, n):
        e = n.e.accept(self)
        if isinstance(e, Num):
            return Num(-e.v)
        if isinstance(e, Neg):
            return e.e
        return Neg(e)
    def visit_Add(self, n):
        a, b = n.a.accept(self), n.b.accept(self)
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.v + b.v)
        if isinstance(a, Num) and a.v == 0:
            return b
        if isinstance(b, Num) and b.v == 0:
            return a
        return Add(a, b)
    def visit_Mul(self, n):
        a, b = n.a.accept(self), n.b.accept(self)
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.v * b.v)
        for x, y in ((a, b), (b, a)):
            if isinstance(x, Num) and x.v == 0:
                return Num(0)
            if isinstance(x, Num) and x.v == 1:
                return y
        return Mul(a, b)
class Counter:
    def __init__(self):
        self.counts = {}
    def __getattr__(self, name):
        if name.startswith('visit_'):
            kind = name[6:]
            def visit(n):
                self.counts[kind] = self.counts.get(kind, 0) + 1
                for child in ('a', 'b', 'e'):
                    if hasattr(n, child):
                        getattr(n, child).accept(self)
            return visit
        raise AttributeError(name)
expr = Add(Mul(Num(1), Var('x')), Neg(Neg(Add(Num(2), Mul(Num(0), Var('y'))))))
print(expr.accept(Printer()))
print(expr.accept(Evaluator({'x': 10, 'y': 99})))
simple = expr.accept(Simplifier())
print(simple.accept(Printer()), simple.accept(Evaluator({'x': 10})))
c = Counter()
expr.accept(c)
print(sorted(c.counts.items()))
