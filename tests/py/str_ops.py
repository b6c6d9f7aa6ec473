# String operations: concatenation, comparison, iteration, containment, conversion.
a, b = 'abc', 'xyz'
print(a + b, a * 2, 2 * b, a < b, a == 'abc', a != b)
print(len(a), a[0], a[-1], a[1:], 'b' in a, 'ac' in a, 'bc' not in a)
print(list(a), [c.upper() for c in b], ''.join(reversed(a)))
print(str(123), str(-4.5), str(True), str(None), str([1, 'a']), str((1,)), str({'k': 1}))
print(int('42') + 1, float('2.5') * 2, int('-17'), int('  8  '))
print(ord('a'), chr(98), [ord(c) for c in 'AZ'], ''.join(chr(i) for i in range(65, 70)))
print(min('hello'), max('hello'), sorted('hello'), sorted('hello', reverse=True))
print('abc' < 'abd', 'ab' < 'abc', 'B' < 'a', 'a' < 'aa', '' < 'a')
s = ''
for i in range(5):
    s += str(i)
print(s, s[::1])
print(repr('quote\'s'), repr("dbl\"q"), repr('both \' "'), repr('tab\t'), repr('nl\n'), repr('\\'))
print(hash('abc') == hash('abc'), 'abc' is not None)
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), sorted(set(words)), max(words, key=len), min(words, key=len))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print('%s has %d chars' % (a, len(a)), '%-5s|%5s|' % ('l', 'r'), '%c%c' % (72, 'i'))
print('%r %s' % ('r', 's'), '%3d|%-3d|%03d' % (5, 5, 5), '%x %X %o' % (255, 255, 8))
print(str(b'bytes'), str(1e10), str(12345678901234567890))
