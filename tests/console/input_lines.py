# input(): the prompt goes to stdout, the line comes back without its newline, and the end
# of input raises EOFError. Fed tests/console/input_lines.in.
name = input("name? ")
print("hello", repr(name))
print(repr(input()))
n = int(input("n: "))
print([input() for _ in range(n)])
try:
    input("more? ")
except EOFError:
    print("EOFError")
