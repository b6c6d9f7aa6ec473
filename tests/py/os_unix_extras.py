# The unix port's os extras (environment, system, urandom, statvfs, errno) and the vfs
# module; CPython has neither in this form, so the expected output is MicroPython's.
import os
print(os.getenv('HOME') is not None, os.getenv('NOPE_XYZ'), os.getenv('NOPE_XYZ', 'dflt'))
os.putenv('MPY_T_VAR', 'val'); print(os.getenv('MPY_T_VAR'))
os.unsetenv('MPY_T_VAR'); print(os.getenv('MPY_T_VAR'))
print('before system')
print(os.system('echo from-shell; exit 3'), os.system('true'))
r = os.urandom(16); print(type(r), len(r), len(os.urandom(0)))
st = os.statvfs('/'); print(type(st), len(st), st[0] > 0, st[9] > 0)
try:
    os.statvfs('/nonexistent_dir_zz')
except OSError as e:
    print('OSError', e.errno)
os.errno(5); print(os.errno())
print(callable(os.system))
import vfs

print(vfs.mount is os.mount, vfs.umount is os.umount, vfs.VfsPosix is os.VfsPosix)


class FS:
    def mount(self, readonly, mkfs):
        print("mount", readonly, mkfs)

    def umount(self):
        print("umount")

    def ilistdir(self, path):
        return iter([("a", 0x8000, 0, 3)])


vfs.mount(FS(), "/mnt_extras")
print(os.listdir("/mnt_extras"))
vfs.umount("/mnt_extras")
