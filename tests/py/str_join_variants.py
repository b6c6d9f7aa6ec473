# str.join over many iterables, and the TypeError for non-string items.
print(','.join(['a', 'b', 'c']), ''.join(('x', 'y')), '-'.join('abc'), ' '.join([]), '+'.join(['solo']))
print('|'.join(str(i) for i in range(5)), ', '.join(map(str, [1.5, None, True])), ''.join({'k': 1}))
print('\u00e9'.join(['a', 'b']).encode(), '::'.join(sorted({'b', 'a', 'c'})), ''.join(reversed('abc')))
print('x'.join(['', '', '']), ''.join([''] * 5) == '', 'ab'.join(['1', '2', '3']))
def gen():
    yield 'g1'
    yield 'g2'
print('/'.join(gen()), '.'.join(iter(['i', 'j'])), ' '.join(w.capitalize() if False else w.upper() for w in 'a b'.split()))
for bad in [[1, 2], ['a', 1], ['a', None], [b'a'], 5]:
    try:
        ','.join(bad)
        print('joined', bad)
    except TypeError:
        print('TypeError join', repr(bad))
parts = []
for i in range(100):
    parts.append(chr(ord('a') + i % 26))
joined = ''.join(parts)
print(len(joined), joined[:30], joined.count('a'))
