# Shunting-yard infix-to-RPN conversion and RPN evaluation with exact integers.
PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3}
RIGHT = {'^'}
def tokenize(expr):
    out = []
    num = ''
    for ch in expr:
        if ch.isdigit():
            num += ch
            continue
        if num:
            out.append(num)
            num = ''
        if ch in PREC or ch in '()':
            if ch == '-' and (not out or out[-1] in PREC or out[-1] == '('):
                out.append('0')
            out.append(ch)
        elif ch != ' ':
            raise ValueError('bad character %r' % ch)
    if num:
        out.append(num)
    return out
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(t)
        elif t == '(':
            ops.append(t)
        elif t == ')':
            while ops and ops[-1] != '(':
                out.append(ops.pop())
            if not ops:
                raise ValueError('mismatched )')
            ops.pop()
        else:
            while ops and ops[-1] != '(' and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        if ops[-1] == '(':
            raise ValueError('mismatched (')
        out.append(ops.pop())
    return out
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t.isdigit():
            st.append(int(t))
            continue
        b, a = st.pop(), st.pop()
        if t == '+':
            st.append(a + b)
        elif t == '-':
            st.append(a - b)
        elif t == '*':
            st.append(a * b)
        elif t == '/':
            st.append(a // b)
        elif t == '%':
            st.append(a % b)
        else:
            st.append(a ** b)
    return st[0]
for e in ['3 + 4 * 2', '(3 + 4) * 2', '2 ^ 3 ^ 2', '100 / 7 % 3', '-5 + 2', '2 * (3 + (4 - 1)) ^ 2',
          '2 ^ 100', '((1))', '(1 + 2', '1 + 2)', '1 $ 2', '7 / 0']:
    try:
        rpn = to_rpn(tokenize(e))
        print('%-24s %-32s %s' % (e, ' '.join(rpn), eval_rpn(rpn)))
    except ValueError as ex:
        print('%-24s ValueError: %s' % (e, ex))
    except ZeroDivisionError:
        print('%-24s ZeroDivisionError' % e)
