# Truth values of builtin types and user objects.
vals = [0, 1, -1, 0.0, 0.5, '', 'a', b'', b'0', [], [0], (), (None,), {}, {0: 0},
        set(), {0}, None, True, False, range(0), range(1), 0j, 1j]
for v in vals:
    print(repr(v), bool(v), 'T' if v else 'F')
class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
print(bool(Empty()), bool(WithLen(0)), bool(WithLen(2)), bool(WithBool(False)), bool(WithBool(True)))
if WithLen(0):
    print('wrong')
else:
    print('len 0 is falsy')
print(not WithBool(False), WithBool(False) or 'fallback')
while WithLen(0):
    print('never')
print([x for x in vals if x][:5])
