# sys.print_exception() writes a traceback (with file and line numbers) to stdout.
# The file name in the traceback is the path given to micropython: run it as
# `micropython diff_print_exception.py` from tests/py (check_corpus.py does).
import sys

def inner(x):
    return 10 // x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError as e:
    sys.print_exception(e)

try:
    [].pop()
except IndexError as e:
    sys.print_exception(e)

class MyError(Exception):
    pass

def raiser():
    raise MyError('custom', 42)

try:
    raiser()
except MyError as e:
    sys.print_exception(e)
print('done')
