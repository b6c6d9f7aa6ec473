# The micropython module and sys.implementation as MicroPython reports them.
import micropython
import sys
print(sys.implementation.name, sys.implementation.version[:2])
print(micropython.opt_level())
micropython.heap_lock()
micropython.heap_unlock()
print(micropython.const(123), type(micropython.const).__name__)
print(hasattr(micropython, 'mem_info'), hasattr(micropython, 'schedule'), hasattr(micropython, 'kbd_intr'))
import gc
gc.collect()
print(gc.isenabled())
print(type(gc.mem_free()).__name__, type(gc.mem_alloc()).__name__)
