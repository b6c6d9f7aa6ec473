# sys.atexit (called after the program ends, returns the previous function), the REPL
# prompts and sys.executable, as MicroPython's unix port has them.
import sys


def first():
    print("never called")


def bye():
    print("atexit runs after the main program")


print(sys.atexit(first))
print(sys.atexit(bye) is first)
print(repr(sys.ps1), repr(sys.ps2))
print(type(sys.executable), sys.executable.endswith("micropython"))
print("main done")
