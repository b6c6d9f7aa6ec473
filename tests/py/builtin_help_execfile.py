# help() and execfile(), which MicroPython's unix port has and CPython does not (the
# expected output comes from MicroPython).
help()


help(None)
help(())
help([1])
help(len)
help(help)

path = "/tmp/mpy_execfile_probe.py"
with open(path, "w") as f:
    f.write("counter = counter + 1\nnames = sorted(k for k in globals() if not k.startswith('__'))\n")
counter = 41
execfile(path)
print(counter)
ns = {"counter": 0}
execfile(path, ns)
print(ns["counter"], ns["names"])
try:
    execfile("/tmp/mpy_execfile_missing_dir/none.py")
except OSError as e:
    print("OSError", e.errno)
import os

os.remove(path)
