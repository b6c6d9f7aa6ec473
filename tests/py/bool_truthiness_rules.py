# bool(): truth of every built-in kind, __bool__ before __len__, and bool in arithmetic.
values = [0, 1, -1, 0.0, -0.0, 0.1, 0j, 1j, '', ' ', b'', b'\x00', [], [0], (), (None,), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, True, False, bytearray(), memoryview(b'x')]
print([bool(v) for v in values])
print([not v for v in values[:8]], [1 if v else 0 for v in values[8:16]])
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class BoolOnly:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Neither:
    pass
print(bool(LenOnly(0)), bool(LenOnly(3)), bool(BoolOnly(True)), bool(BoolOnly(False)), bool(Both()), bool(Neither()))
print('yes' if LenOnly(2) else 'no', 'yes' if Both() else 'no', [x for x in [LenOnly(0), LenOnly(1)] if x].__len__() if False else len([x for x in [LenOnly(0), LenOnly(1)] if x]))
print(True + True, True * 3, -True, True / 2, True // 1, 5 - False, sum([True, True, False]), True == 1, False == 0)
print(str(True), repr(False), int(True), float(False), True is True, bool('False'), bool(None) is False)
print(0 or 'x', 1 or 'x', '' and 'y', 'a' and 'b', None or 0 or [] or 'last', 1 and 2 and 3, not 0, not 'a')
