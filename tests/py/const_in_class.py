# const() used at class level and in default arguments and nested functions.
from micropython import const

_SCALE = const(1000)
LIMIT = const(5)


class Sensor:
    RANGE = const(4096)
    _OFFSET = const(-273)

    def __init__(self, raw):
        self.raw = raw

    def millivolts(self, vref=3300):
        return self.raw * vref // Sensor.RANGE

    def celsius(self):
        return (self.millivolts() * 100) // _SCALE + self._OFFSET if hasattr(self, '_OFFSET') else None


def take(readings, n=LIMIT):
    def conv(r):
        return Sensor(r).millivolts()
    return [conv(r) for r in readings[:n]]


print(Sensor.RANGE, Sensor(2048).millivolts(), Sensor(4095).millivolts(1800))
print(take([0, 1024, 2048, 3072, 4095, 100, 200]), take([10, 20], n=1))
print(hasattr(Sensor, '_OFFSET'), Sensor(3000).celsius())
