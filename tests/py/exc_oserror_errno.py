# OSError with a known error number prints its name, as MicroPython does.
print(OSError(22))
print(repr(OSError(22)))
print(OSError(2, 'x'))
print(OSError('a'))
print(OSError(9999))
e = OSError(2)
print(e.errno, e.args)
try:
    open('/nonexistent/zz')
except OSError as e:
    print(e, e.errno, e.args)
try:
    import os; os.remove('/nonexistent/zz')
except OSError as e:
    print(e)
print(OSError(2, 'x', 'y'), OSError(9999, 'x'), OSError(2, 3), OSError(True))
class MyErr(OSError):
    pass
print(MyErr(2), repr(MyErr(2)))
