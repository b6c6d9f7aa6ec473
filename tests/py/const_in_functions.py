# const values used inside functions, loops, default arguments and classes.
from micropython import const

_REG_CTRL = const(0x00)
_REG_STATUS = const(0x01)
_REG_DATA = const(0x02)
_STATUS_READY = const(0x80)
_STATUS_ERR = const(0x40)
_RETRIES = const(3)

class FakeDevice:
    def __init__(self):
        self.regs = bytearray(4)
        self.reads = 0

    def read(self, reg):
        self.reads += 1
        if reg == _REG_STATUS and self.reads >= 3:
            self.regs[_REG_STATUS] = _STATUS_READY
        return self.regs[reg]

    def write(self, reg, v):
        self.regs[reg] = v & 0xFF


class Driver:
    TIMEOUT = const(10)

    def __init__(self, dev):
        self.dev = dev

    def wait_ready(self, tries=_RETRIES):
        for i in range(tries):
            s = self.dev.read(_REG_STATUS)
            if s & _STATUS_ERR:
                return 'error'
            if s & _STATUS_READY:
                return 'ready after %d' % (i + 1)
        return 'timeout'

    def send(self, value):
        self.dev.write(_REG_DATA, value)
        self.dev.write(_REG_CTRL, 1)
        return self.dev.regs[_REG_DATA]


d = Driver(FakeDevice())
print(d.wait_ready(), d.send(0x1FF), Driver.TIMEOUT)
d2 = Driver(FakeDevice())
print(d2.wait_ready(tries=1), d2.wait_ready(tries=5))
d3 = FakeDevice()
d3.regs[_REG_STATUS] = _STATUS_ERR
print(Driver(d3).wait_ready())
total = 0
for i in range(_RETRIES * 2):
    total += i * _REG_DATA
print(total)
