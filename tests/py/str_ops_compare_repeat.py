# String comparison, concatenation, repetition, membership and hashing.
words = ['', 'a', 'A', 'ab', 'abc', 'abd', 'b', 'Z', 'é', '~', ' ']
print(sorted(words) == sorted(words, key=lambda w: [ord(c) for c in w]))
print([w.encode() for w in sorted(words)])
for a in ['abc', 'ab', 'abd', '']:
    print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in ['abc', 'ab', '']])
print('ab' + 'cd', 'ab' + '', '' + '', 'é' + 'ü' == 'éü', 'x' * 3, 3 * 'x', 'x' * 0, 'x' * -2, '' * 100)
s = 'ab'
s += 'cd'
s *= 2
print(s, len(s))
print('a' in 'abc', 'bc' in 'abc', '' in 'abc', '' in '', 'ac' in 'abc', 'é' in 'café', 'abc' not in 'ab')
print(hash('abc') == hash('ab' + 'c'), hash('') == hash(''), {'ab' + 'c': 1}['abc'], 'x' * 50 == 'x' * 50)
for bad in [('a', 1), (1, 'a'), ('a', None), ('a', [1])]:
    try:
        bad[0] + bad[1]
    except TypeError:
        print('TypeError +', type(bad[0]).__name__, type(bad[1]).__name__)
for bad in [('a', 'b'), ('a', 1.5)]:
    try:
        bad[0] * bad[1]
    except TypeError:
        print('TypeError *', type(bad[1]).__name__)
for op in ['<', '>=']:
    try:
        eval("'a' %s 1" % op)
    except TypeError:
        print('TypeError', op)
try:
    1 in 'abc'
except TypeError:
    print('TypeError int in str')
print(min('hello'), max('hello'), sorted('hello'), list('abc'), tuple('ab'), set('aab') == {'a', 'b'})
print(str(), str(''), str(5), str(-2.5), str([1]), str(None), str(b'ab'), str(str('x')))
