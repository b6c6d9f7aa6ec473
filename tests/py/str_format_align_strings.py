# Alignment, fill, width and precision for strings in format(), f-strings and %.
words = ['', 'a', 'ab', 'abc', 'abcd', 'abcdefghij']
for w in words:
    print('[{:6}][{:<6}][{:>6}][{:^6}][{:-^7}][{:.3}][{:>6.2}][{:_<4.1}]'.format(w, w, w, w, w, w, w, w))
    print(f'[{w:6}][{w:>6}][{w:^6}][{w:.0}][{w:#<3}][{w:1}]', '[%6s][%-6s][%.2s][%-4.3s]' % (w, w, w, w))
for fill in '*0 .':
    print('[' + ('{:' + fill + '^9}').format('mid') + ']', '[' + ('{:' + fill + '<5}').format('L') + ']')
width = 12
for label, value in [('name', 'Ada'), ('language', 'Python'), ('x', '')]:
    print(f'{label:>{width}}: {value:<{width // 2}}|')
