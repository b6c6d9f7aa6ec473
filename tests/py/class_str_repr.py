# __str__ and __repr__ in print, str(), repr(), containers and formatting.
class Both:
    def __str__(self):
        return 'str-of-Both'
    def __repr__(self):
        return 'Both()'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly<>'
class StrOnly:
    def __str__(self):
        return 'just str'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {'k': r})
print('%s|%r|%s' % (b, b, r))
print('{}|{!r}|{!s}'.format(b, b, r))
print(f'{b}|{b!r}|{r}')
print(repr(s).startswith('<'), str(s))
class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def __repr__(self):
        if not self.kids:
            return 'T(%r)' % (self.v,)
        return 'T(%r, %s)' % (self.v, ', '.join(repr(k) for k in self.kids))
print(Tree(1, Tree(2), Tree(3, Tree('x'))))
class Money:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return '%d.%02d' % (self.c // 100, self.c % 100)
print('total: ' + str(Money(12345)), Money(7))
