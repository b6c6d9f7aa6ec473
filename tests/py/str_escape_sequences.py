# Escape sequences in str and bytes literals, and their reprs.
samples = ['\n', '\t', '\r', '\\', '\'', '"', '\a', '\b', '\f', '\v', '\0', '\x00', '\x7f', '\x1b', '\101', '\7']
print([ord(c) for c in samples])
print([repr(c) for c in samples])
print(len('\x41\x42'), '\x41\x42', '\u0041', '\U00000042')
print(repr('mixed \'single\' and "double"'), repr("only 'single'"), repr('only "double"'))
print(repr('a\\nb'), len('a\\nb'), 'a\\nb'.split('\\'))
b = b'\x00\x01\x7f\x80\xfe\xff\n\t\\\'"'
print(b, len(b), list(b))
print(repr(b'\r\n'), b'\101\102', b'\x41' == b'A')
print(r'\n\t\x41', len(r'\n\t\x41'), rb'\x00', len(rb'\x00'))
print('line1\
 continued', "tab\there")
multi = '''a 'single' and "double" \
joined'''
print(multi)
print('\\' * 3, len('\\' * 3))
print(chr(10) == '\n', chr(9) == '\t', ord('\\'), ord('"'), ord("'"))
