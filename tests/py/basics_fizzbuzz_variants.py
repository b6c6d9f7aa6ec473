# FizzBuzz written several ways to exercise control flow and expressions.
def v1(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append('FizzBuzz')
        elif i % 3 == 0:
            out.append('Fizz')
        elif i % 5 == 0:
            out.append('Buzz')
        else:
            out.append(str(i))
    return out
def v2(n):
    return [('Fizz' * (i % 3 == 0) + 'Buzz' * (i % 5 == 0)) or str(i) for i in range(1, n + 1)]
def v3(n):
    rules = ((3, 'Fizz'), (5, 'Buzz'))
    def word(i):
        s = ''.join(w for d, w in rules if i % d == 0)
        return s if s else str(i)
    return list(map(word, range(1, n + 1)))
def v4(n):
    i = 0
    out = []
    while i < n:
        i += 1
        s = ''
        if not i % 3:
            s += 'Fizz'
        if not i % 5:
            s += 'Buzz'
        out.append(s or repr(i))
    return out
r = v1(30)
print(' '.join(r))
print(r == v2(30) == v3(30) == v4(30))
print(sum(1 for x in v1(100) if x == 'FizzBuzz'), sum(int(x) for x in v1(100) if x.isdigit()))
