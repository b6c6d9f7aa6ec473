#!/usr/bin/env python3
"""Validate the Python test corpus in tests/py/.

For every tests/py/*.py (or the files given on the command line):
  (a) it must compile with mpy-cross in the right variants:
      - files without @micropython.native/viper/asm_thumb decorators: plain,
        `-march=x64 -X emit=native` and `-march=armv7emsp -X emit=native`;
      - files with such decorators: `-march=x64` and `-march=armv7emsp`;
  (b) without a .exp file, `python3` and `micropython` outputs must be identical;
  (c) with a .exp file, `micropython`'s output must equal it.

Prints one line per failure and a final `N ok, M failed`; exit status 1 on failures.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NATIVE_RE = re.compile(rb"^\s*@micropython\.(native|viper|asm_thumb|asm_xtensa)\b", re.M)
TIMEOUT = 30


def run(cmd, cwd=None):
    """Run cmd; return (returncode, stdout, stderr)."""
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return -1, b"", b"<timeout>"


def last_line(out):
    text = out.decode("utf-8", "replace").strip().splitlines()
    return text[-1] if text else ""


def check(path, args):
    errors = []
    name = os.path.basename(path)
    with open(path, "rb") as f:
        src = f.read()
    if NATIVE_RE.search(src):
        variants = [["-march=x64"], ["-march=armv7emsp"]]
    else:
        variants = [[], ["-march=x64", "-X", "emit=native"],
                    ["-march=armv7emsp", "-X", "emit=native"]]
    with tempfile.TemporaryDirectory() as tmp:
        out_mpy = os.path.join(tmp, "out.mpy")
        for v in variants:
            rc, out, err = run([args.mpy_cross] + v + ["-o", out_mpy, path])
            if rc != 0 or not os.path.exists(out_mpy):
                errors.append("mpy-cross %s: %s" % (" ".join(v) or "(plain)",
                                                    last_line(err + out)))
            elif os.path.exists(out_mpy):
                os.unlink(out_mpy)
    # Run from the file's directory so sibling imports work.
    cwd = os.path.dirname(os.path.abspath(path))
    # Only stdout is compared; stderr (tracebacks, warnings) is used for diagnostics.
    rc_mp, out_mp, err_mp = run([args.micropython, name], cwd=cwd)
    exp_path = path + ".exp"
    if os.path.exists(exp_path):
        with open(exp_path, "rb") as f:
            exp = f.read()
        if out_mp != exp:
            errors.append("micropython output differs from .exp (rc=%d): %s %s"
                          % (rc_mp, diff_hint(exp, out_mp), last_line(err_mp)))
        elif rc_mp != 0:
            errors.append("micropython failed rc=%d: %s" % (rc_mp, last_line(err_mp)))
    else:
        rc_py, out_py, err_py = run([args.python3, name], cwd=cwd)
        if rc_py != 0:
            errors.append("python3 failed rc=%d: %s" % (rc_py, last_line(err_py)))
        if rc_mp != 0:
            errors.append("micropython failed rc=%d: %s" % (rc_mp, last_line(err_mp)))
        if rc_py == 0 and rc_mp == 0 and out_py != out_mp:
            errors.append("python3/micropython outputs differ: %s" % diff_hint(out_py, out_mp))
    if rc_mp == 0 and not out_mp.strip():
        errors.append("no output")
    return path, errors


def diff_hint(a, b):
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<eof>"
        y = lb[i] if i < len(lb) else "<eof>"
        if x != y:
            return "line %d: %r vs %r" % (i + 1, x[:100], y[:100])
    return "trailing difference"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--micropython", default=os.path.join(ROOT, "target/oracle/bin/micropython"))
    ap.add_argument("--mpy-cross", dest="mpy_cross",
                    default=os.path.join(ROOT, "target/oracle/bin/mpy-cross"))
    ap.add_argument("--python3", default="python3")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("files", nargs="*", help="files to check (default: tests/py/*.py)")
    args = ap.parse_args()
    files = args.files
    if not files:
        d = os.path.join(ROOT, "tests", "py")
        files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".py"))
    ok = failed = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        for path, errors in ex.map(lambda p: check(p, args), files):
            if errors:
                failed += 1
                for e in errors:
                    print("%s: %s" % (os.path.relpath(path, ROOT), e))
            else:
                ok += 1
    print("%d ok, %d failed" % (ok, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
