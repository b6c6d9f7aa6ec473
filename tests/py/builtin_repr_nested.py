# repr() and str() of nested containers with every element kind, and user __repr__/__str__.
class R:
    def __repr__(self):
        return 'R()'
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
vals = [1, -2.5, 'q"uo\'te', b'by\x00', None, True, (), (1,), [], {}, R(), S(), [1, [2, (3, {'k': [4]})]]]
for v in vals:
    print(repr(v), str(v))
print(vals)
print(tuple(vals[:5]), {'key': S(), 'n': None}, [S(), R()], (S(),), {1: (2, [3])})
print(str([S()]), repr(S()), str(S()), '%s %r' % (S(), S()), '{} {!r}'.format(S(), S()), f'{S()} {S()!r}')
print(repr('a\tb\nc'), repr("'"), repr('"'), repr('\\'), repr(''), str(''), repr(['']), repr(['\n']))
print(repr(1e20), repr(1e-7), repr(-0.0), repr(float('inf')), repr([1.5, 2.0]), repr((0.1, 3)))
print(repr(2 ** 100), repr(-(2 ** 65)), repr([2 ** 64]), repr(bytearray(b'\xff')), repr(set()), repr(frozenset()))
