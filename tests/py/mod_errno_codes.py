# errno: MicroPython's error numbers and their names.
import errno
print(errno.ENOENT, errno.EINVAL, errno.EEXIST, errno.EAGAIN, errno.ETIMEDOUT, errno.EPERM)
print(errno.errorcode[errno.ENOENT], errno.errorcode[22], len(errno.errorcode))
print(sorted(errno.errorcode.items()))
print(sorted(n for n in dir(errno) if n.startswith('E')) == sorted(errno.errorcode.values()))
try:
    raise OSError(errno.EIO)
except OSError as e:
    print(e.errno == errno.EIO, errno.errorcode[e.errno])
