# Where MicroPython 1.29 departs from CPython by omission, this runtime follows CPython:
# range equality, descriptors read through the class, a stable sort that calls key once
# per item, list *= in place, and every augmented-assignment special method. Also
# properties and descriptors added to a class that already has subclasses
# (class_attr_precedence.py).
print(range(5) == range(5), range(0) == range(0), range(0, 3) == range(0, 4))
class Desc:
    def __get__(self, obj, typ=None):
        return ('get', obj is None, typ.__name__)
class Holder:
    d = Desc()
print(Holder().d[:2], Holder.d)
calls = []
def key(x):
    calls.append(x)
    return x[0]
l = [(1, 'b'), (0, 'a'), (1, 'a'), (1, 'c'), (0, 'z')]
print(sorted(l, key=key), len(calls))
print(sorted(l, key=lambda x: x[0], reverse=True))
l = [1, 2]
alias = l
l *= 2
print(l, alias, l is alias)
for op in ['+', '-', '*', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']:
    name = {'+': 'add', '-': 'sub', '*': 'mul', '//': 'floordiv', '%': 'mod', '**': 'pow',
            '<<': 'lshift', '>>': 'rshift', '&': 'and', '|': 'or', '^': 'xor',
            '@': 'matmul'}[op]
    ns = {}
    exec('class A:\n'
         '    def __i%s__(s, o): return "inplace"\n'
         '    def __%s__(s, o): return "binary"\n'
         'a = A()\n'
         'a %s= 1\n' % (name, name, op), ns)
    print(op + '=', ns['a'])
# Subclasses of int: reflected operators, ordering against ints, and super().__new__(cls, x).
class Cents(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
c = Cents(-250)
print(c, type(c).__name__, 1000 - c, 2 ** Cents(3), sum([Cents(1), Cents(2)]),
      sorted([Cents(3), 1, Cents(2)]), max(Cents(5), 6))
# Floats compare exactly with ints too big to be floats.
print(float('inf') > 10 ** 400, 1e308 < 10 ** 400, -(10 ** 400) < -1e308, 10 ** 400 == float('inf'))
# A search starting past the end of a string finds nothing, not even the empty string.
print('abc'.find('', 4), 'abc'.rfind('', 5, 9), 'abc'.count('', 4), 'abc'.startswith('', 4), 'abc'.find('', 3))
