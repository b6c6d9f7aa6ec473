# Lists as stacks and queues; balanced brackets and queue simulation.
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for ch in s:
        if ch in '([{':
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ['()', '([]{})', '(]', '((', '{[()()]}', '', ')(']:
    print(repr(s), balanced(s))
queue = []
served = []
t = 0
arrivals = {0: ['a', 'b'], 1: ['c'], 3: ['d', 'e', 'f']}
while t < 8:
    queue.extend(arrivals.get(t, []))
    if queue and t % 2 == 0:
        served.append((t, queue.pop(0)))
    t += 1
print(served, queue)
undo = []
doc = []
for op in ['type a', 'type b', 'undo', 'type c', 'type d', 'undo', 'undo', 'type e']:
    if op == 'undo':
        if undo:
            doc.pop()
            undo.pop()
    else:
        ch = op.split()[1]
        doc.append(ch)
        undo.append(ch)
print(''.join(doc), undo)
def eval_postfix(tokens):
    st = []
    for t in tokens.split():
        if t.isdigit():
            st.append(int(t))
        else:
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b}[t])
    return st.pop()
print(eval_postfix('3 4 + 2 *'), eval_postfix('5 1 2 + 4 * + 3 -'))
