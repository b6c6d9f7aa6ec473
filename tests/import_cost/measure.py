# Bytes the heap hands out while importing `hundred` (a 100-function module).
import gc, micropython, sys
gc.collect()
before = micropython.mem_total()
import hundred
print(micropython.mem_total() - before)
