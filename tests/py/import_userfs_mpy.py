# Imports .mpy files from a filesystem written in Python and mounted with os.mount: one
# for a foreign architecture, one with viper and asm children holding dummy machine code,
# one with a viper child carrying rodata, bss and a relocation list cut off by the end of
# the data. Files are io.IOBase subclasses with readinto and ioctl (the stream protocol).
import sys, io, os

arch = (sys.implementation._mpy >> 8) & 0x3f


def qstr(s):
    return bytes([len(s) << 1]) + s + b"\x00"


def header(name):
    return (bytes([0x4D, 6, arch, 0x1E, 2, 0]) + qstr(name) + qstr(b"outer")
            + b"\x2c\x00\x02\x01\x51\x63")


files = {
    "/mod0.mpy": bytes([0x4D, 6, 0xFC | (arch & 3), 0x1E]),
    "/mod1.mpy": header(b"mod1.py") + b"\x02" + b"\x42" + bytes(8) + b"\x00"
    + b"\x43" + bytes(8) + b"\x00\x00\x00",
    "/mod2.mpy": header(b"mod2.py") + b"\x01" + b"\x22" + bytes(4)
    + b"\x70\x06\x04rodata\x03\x01\x00",
}


class File(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.off = 0

    def ioctl(self, request, arg):
        return 0

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.off)
        buf[:n] = self.data[self.off:self.off + n]
        self.off += n
        return n


class UserFS:
    def mount(self, readonly, mkfs):
        pass

    def umount(self):
        pass

    def stat(self, path):
        if path in files:
            return (32768, 0, 0, 0, 0, 0, len(files[path]), 0, 0, 0)
        raise OSError(2)

    def open(self, path, mode):
        return File(files[path])


os.mount(UserFS(), "/userfs")
sys.path.append("/userfs")
for name in ("mod0", "mod1", "mod2"):
    try:
        __import__(name)
        print(name, "OK")
    except ValueError as e:
        print(name, "ValueError", e)
os.umount("/userfs")
sys.path.pop()
