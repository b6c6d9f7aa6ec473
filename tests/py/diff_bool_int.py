# In this MicroPython build bool is not a subclass of int for isinstance/issubclass,
# although bools still behave as integers in arithmetic.
print(isinstance(True, int), isinstance(False, int), issubclass(bool, int))
print(isinstance(True, bool), True + True, True * 7, False - 1, -True)
print(True == 1, False == 0, hash(True), {True: 'a'}.get(1), {1: 'b'}[True])
print(1 if isinstance(True, (int, bool)) else 0)
print(type(True + 1).__name__, type(True & True).__name__, True & False, True | False, True ^ True)
