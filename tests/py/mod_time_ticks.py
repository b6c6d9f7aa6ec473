# time: tick arithmetic wraps at MicroPython's period; clocks advance; sleeps return None.
import time
t0 = time.ticks_ms()
u0 = time.ticks_us()
print(time.sleep_ms(2), time.sleep_us(100), time.sleep(0.001))
print(time.ticks_diff(time.ticks_ms(), t0) >= 2, time.ticks_diff(time.ticks_us(), u0) >= 2000)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9)
print(time.time_ns() > 1600000000 * 10 ** 9, type(time.ticks_cpu()).__name__)
print(time.ticks_diff(5, 3), time.ticks_diff(3, 5), time.ticks_add(10, -3), time.ticks_add(0, 0))
period = time.ticks_add(0, -1) + 1
print(period == 2 ** 62 or period == 2 ** 30)
half = period // 2
print(time.ticks_add(period - 1, 1), time.ticks_add(0, -1) == period - 1)
print(time.ticks_diff(0, period - 1), time.ticks_diff(period - 1, 0), time.ticks_diff(half, 0) == -half)
print(time.ticks_diff(time.ticks_add(123, half - 1), 123) == half - 1)
for bad in (half, -half):
    try:
        time.ticks_add(0, bad)
    except OverflowError as e:
        print('OverflowError', e)
print(time.gmtime(0), time.gmtime(86400 * 365 + 3661))
print(time.gmtime(951782400), time.gmtime(1700000000))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0)), time.mktime(time.gmtime(1234567890)))
print(time.localtime(0)[:6])
