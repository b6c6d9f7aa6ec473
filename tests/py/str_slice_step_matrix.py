# Slicing strings with every combination of start/stop, ASCII and unicode (MicroPython's str
# takes no slice step other than 1).
def show(t):
    return '<' + t + '>'
for s in ['abcdefgh', 'ñandú☺x', '']:
    idx = [None, 0, 2, -2, 5, -9, 20]
    for step in [None, 1]:
        row = [show(s[a:b:step]) for a in idx for b in idx]
        print(step, ''.join(row))
    print(''.join([show(s[i]) for i in range(-len(s), len(s))]), len(s))
    print(''.join(show(s[:i] + '|' + s[i:]) for i in range(len(s) + 1)))
for i in [3, -4, 100]:
    try:
        'abc'[i]
    except IndexError:
        print('IndexError', i)
print('abc'[1:100], 'abc'[-100:2], 'abc'[100:], 'abc'[2:0], 'abc'[-1:-4])
s = 'ñandú'
print(s[1:4] == s[1] + s[2] + s[3], ''.join(reversed(s)).encode(), s[-1] == 'ú', len(s[1:]))
