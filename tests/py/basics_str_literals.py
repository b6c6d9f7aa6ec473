# String literal forms: quotes, escapes, raw strings, triple quotes, concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('tab:\t|', 'newline:\n|', 'backslash:\\|')
print('\x41\x42\x43', '\101\102\103', '\u0041\u00e9'.encode(), '\U0001F600'.encode())
print(repr('\a\b\f\v\0'))
print(r'raw \n stays', r'raw \t too', r'\x41', len(r'\\'))
print(rb'raw\bytes' if False else br'raw\bytes')
print('adjacent' ' literals' " are" ''' joined''')
s = """line one
line two
    indented line three"""
print(s)
print(s.count('\n'))
t = '''a\
b\
c'''
print(t, len(t))
u = ('implicit '
     'concatenation '
     'inside parens')
print(u)
print('' == "", len(''), repr(''))
print("unicode: \u00fc\u00f6".encode('utf-8'))
print('a' 'b' == 'ab')
print("\\n is two chars:", len("\\n"))
print('\'' + "\"", len('\''))
