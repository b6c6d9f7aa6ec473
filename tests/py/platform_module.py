# The platform module as MicroPython's unix port has it (CPython's returns other strings,
# so the expected output is MicroPython's).
import platform

p = platform.platform()
print(type(p), p.startswith("Linux-1.29.0"), "x86_64" in p, "-with-" in p)
print(type(platform.python_compiler()), len(platform.python_compiler()) > 0)
lib = platform.libc_ver()
print(type(lib), len(lib), lib[0], all(type(x) is str for x in lib))
print(p.endswith(lib[0] + lib[1]))
