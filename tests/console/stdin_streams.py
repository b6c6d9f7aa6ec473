# The console streams: reprs, fileno, read/readline/readlines/iteration/readinto on stdin
# (text and .buffer), writes to stdout.buffer, with-blocks. Fed tests/console/stdin_streams.in.
import sys
print(sys.stdout, sys.stdin, sys.stderr, sys.stdout.buffer, type(sys.stdin).__name__, type(sys.stdin.buffer).__name__)
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.buffer.fileno())
b = bytearray(3)
print(sys.stdin.buffer.readinto(b), b)
first = sys.stdin.readline()
print(repr(first))
print(repr(sys.stdin.read(5)))
print(repr(sys.stdin.buffer.readline()))
rest_lines = []
for line in sys.stdin:
    rest_lines.append(line)
    if len(rest_lines) == 2:
        break
print(rest_lines)
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
b = bytearray(4)
print(sys.stdin.buffer.readinto(b), b)
sys.stdout.buffer.write(b"bytes out\n")
with sys.stdout as f:
    f.write("inside with\n")
sys.stdout.flush()
