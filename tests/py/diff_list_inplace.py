# MicroPython implements only __iadd__/__isub__ as in-place special methods for user
# classes; other augmented operators fall back to the binary method. Lists have no
# in-place multiply, so `l *= n` rebinds to a new list.
l = [1, 2]
alias = l
l *= 2
print(l, alias, l is alias)
l2 = [1]
alias2 = l2
l2 += [2]
print(l2, alias2, l2 is alias2)
for op in ['+', '-', '*', '//', '%', '**', '<<', '>>', '&', '|', '^']:
    name = {'+': 'add', '-': 'sub', '*': 'mul', '//': 'floordiv', '%': 'mod', '**': 'pow',
            '<<': 'lshift', '>>': 'rshift', '&': 'and', '|': 'or', '^': 'xor'}[op]
    ns = {}
    exec('class A:\n'
         '    def __i%s__(s, o): return "inplace"\n'
         '    def __%s__(s, o): return "binary"\n'
         'a = A()\n'
         'a %s= 1\n' % (name, name, op), ns)
    print(op + '=', ns['a'])
