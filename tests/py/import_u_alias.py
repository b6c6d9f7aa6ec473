# MicroPython's u-prefixed module names: built-ins and the frozen asyncio.
import sys
import ujson, utime, uos, uio, ustruct, ucollections
print(ujson.dumps([1]), ustruct.pack('<H', 1), hasattr(utime, 'ticks_ms'))
import uasyncio
print('uasyncio' in sys.modules, hasattr(uasyncio, 'run'))
async def f():
    await uasyncio.sleep_ms(1)
    return 5
print(uasyncio.run(f()))
try:
    import unosuchmodule
except ImportError as e:
    print('ImportError', e)
