# asyncio for this runtime: a subset of MicroPython's asyncio API, written from its
# documentation. Frozen into the unix port (see crates/mpy-unix/build.rs).
#
# Design: a task is a coroutine plus a "wake ticket" (_pid). Whenever a task is queued or
# parked (sleeping, awaiting a task, waiting on an Event/Lock), the ticket is renewed and the
# queue entry remembers it; an entry whose ticket is stale is ignored. That makes cancel()
# and timeouts cheap: renewing the ticket detaches the task from whatever it waited on.

from time import ticks_ms, ticks_diff, ticks_add, sleep_ms
import sys

__version__ = (3, 0, 0)


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


# A coroutine yields this when it has already put its task where it will be woken from.
_PARK = object()

_ready = []  # (task, ticket, value to send, exception to throw), FIFO
_sleeping = []  # (deadline, task, ticket), ordered by deadline, FIFO among equals
_cur = None
_stop = False
_handler = None


def _renew(t):
    t._pid += 1
    return t._pid


def _queue(t, exc=None):
    _ready.append((t, _renew(t), exc))


def _wake(t, pid):
    # Returns whether the task was still waiting on this ticket (and is now queued).
    if t._pid != pid or t._state != 0:
        return False
    _queue(t)
    return True


def _sleep_until(t, deadline):
    pid = _renew(t)
    i = len(_sleeping)
    # Scan from the end: most sleeps are the latest so far. ticks_diff keeps wraparound right.
    while i > 0 and ticks_diff(_sleeping[i - 1][0], deadline) > 0:
        i -= 1
    _sleeping.insert(i, (deadline, t, pid))


class _Sleep:
    def __init__(self, ms):
        self.ms = ms

    def __iter__(self):
        if self.ms > 0:
            _sleep_until(_cur, ticks_add(ticks_ms(), self.ms))
            yield _PARK
        else:
            yield None

    __await__ = __iter__


class _Park:
    # Awaitable that parks the current task on a waiter list of (task, ticket) pairs.
    def __init__(self, waiters):
        self.waiters = waiters

    def __iter__(self):
        t = _cur
        self.waiters.append((t, _renew(t)))
        yield _PARK

    __await__ = __iter__


def sleep_ms(ms):
    return _Sleep(int(ms))


def sleep(s):
    return _Sleep(int(s * 1000))


class Task:
    def __init__(self, coro):
        self.coro = coro
        self._pid = 0
        self._state = 0  # 0 running, 1 returned, 2 raised
        self._value = None
        self._waiters = []
        # The task this one awaits, so cancelling this one cancels that too (as CPython and
        # MicroPython do).
        self._awaiting = None
        # Set when someone will collect the outcome (gather), so a failure is not reported.
        self._retrieved = False
        self.data = None

    def __iter__(self):
        if self._state == 0:
            me = _cur
            me._awaiting = self
            try:
                yield from _Park(self._waiters)
            finally:
                me._awaiting = None
        if self._state == 2:
            raise self._value
        return self._value

    __await__ = __iter__

    def done(self):
        return self._state != 0

    def cancel(self):
        if self._state != 0:
            return False
        if self is _cur:
            raise RuntimeError("can't cancel self")
        _queue(self, CancelledError())
        if self._awaiting is not None:
            self._awaiting.cancel()
        return True

    def __repr__(self):
        return "<Task>"


def _finish(t, state, value):
    t._state = state
    t._value = value
    w = t._waiters
    t._waiters = []
    woke = False
    for wt, pid in w:
        woke = _wake(wt, pid) or woke
    if state == 2 and not (woke or t._retrieved or isinstance(value, CancelledError)):
        get_event_loop().call_exception_handler(
            {"message": "Task exception wasn't retrieved", "future": t, "exception": value}
        )


def _step(t, exc):
    global _cur
    _cur = t
    try:
        if exc is None:
            y = t.coro.send(None)
        else:
            y = t.coro.throw(exc)
    except StopIteration as e:
        _cur = None
        _finish(t, 1, e.value)
        return
    except BaseException as e:
        _cur = None
        _finish(t, 2, e)
        # These end the program, not just the task.
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return
    _cur = None
    if y is not _PARK:
        _queue(t)


def _run(main):
    # Runs tasks until `main` is done (or, without `main`, until stop() or nothing is left).
    global _stop
    _stop = False
    while True:
        if main is not None and main._state != 0:
            return
        if _stop:
            _stop = False
            return
        now = ticks_ms()
        while _sleeping and ticks_diff(_sleeping[0][0], now) <= 0:
            _, t, pid = _sleeping.pop(0)
            _wake(t, pid)
        if not _ready:
            if not _sleeping:
                return
            d = ticks_diff(_sleeping[0][0], ticks_ms())
            if d > 0:
                sleep_ms(d)
            continue
        # Run one batch: what is ready now; anything queued meanwhile waits for the next
        # batch, after due timers (the order CPython's event loop gives).
        n = len(_ready)
        batch = _ready[:n]
        del _ready[:n]
        for t, pid, exc in batch:
            if t._pid == pid and t._state == 0:
                _step(t, exc)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro)
    _queue(t)
    return t


def current_task():
    if _cur is None:
        raise RuntimeError("no running event loop")
    return _cur


def run(coro):
    return get_event_loop().run_until_complete(coro)


async def gather(*aws, return_exceptions=False):
    tasks = [a if isinstance(a, Task) else create_task(a) for a in aws]
    for t in tasks:
        t._retrieved = True
    res = []
    try:
        for t in tasks:
            try:
                res.append(await t)
            except BaseException as e:
                # Only a child's own failure is a result; our own cancellation propagates.
                if not return_exceptions or t._state != 2 or t._value is not e:
                    raise
                res.append(e)
    except CancelledError:
        for t in tasks:
            t.cancel()
        raise
    return res


async def wait_for(aw, timeout):
    t = aw if isinstance(aw, Task) else create_task(aw)
    if timeout is None:
        return await t
    expired = []

    async def watchdog():
        await sleep(timeout)
        expired.append(1)
        t.cancel()

    dog = create_task(watchdog())
    try:
        return await t
    except CancelledError:
        if expired:
            raise TimeoutError
        # We were cancelled ourselves: take the awaited task with us.
        t.cancel()
        raise
    finally:
        dog.cancel()


def wait_for_ms(aw, timeout):
    return wait_for(aw, None if timeout is None else timeout / 1000)


class Event:
    def __init__(self):
        self.state = False
        self._waiters = []

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        w = self._waiters
        self._waiters = []
        for t, pid in w:
            _wake(t, pid)

    def clear(self):
        self.state = False

    async def wait(self):
        if not self.state:
            await _Park(self._waiters)
        return True


class ThreadSafeFlag:
    # No threads or interrupt handlers reach this VM's scheduler, so this is an Event whose
    # wait() consumes the flag.
    def __init__(self):
        self._flag = False
        self._waiters = []

    def set(self):
        self._flag = True
        w = self._waiters
        self._waiters = []
        for t, pid in w:
            _wake(t, pid)

    def clear(self):
        self._flag = False

    async def wait(self):
        while not self._flag:
            await _Park(self._waiters)
        self._flag = False


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []
        # The task release() handed the lock to, until it runs again.
        self._heir = None

    def locked(self):
        return self._locked

    async def acquire(self):
        if self._locked:
            me = _cur
            try:
                await _Park(self._waiters)
            except CancelledError:
                # Cancelled after the lock was handed over: pass it on.
                if self._heir is me:
                    self._heir = None
                    self.release()
                raise
            self._heir = None
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock not acquired")
        # Hand over directly to the first waiter still waiting, so it cannot be overtaken.
        while self._waiters:
            t, pid = self._waiters.pop(0)
            if _wake(t, pid):
                self._heir = t
                return
        self._locked = False

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Loop:
    def create_task(self, coro):
        return create_task(coro)

    def run_forever(self):
        _run(None)

    def run_until_complete(self, aw):
        t = aw if isinstance(aw, Task) else create_task(aw)
        _run(t)
        if t._state == 2:
            raise t._value
        return t._value

    def stop(self):
        global _stop
        _stop = True

    def close(self):
        pass

    def set_exception_handler(self, handler):
        global _handler
        _handler = handler

    def get_exception_handler(self):
        return _handler

    def default_exception_handler(self, context):
        print(context["message"])
        print("future:", context["future"], "coro=", context["future"].coro)
        sys.print_exception(context["exception"])

    def call_exception_handler(self, context):
        (_handler or Loop.default_exception_handler)(self, context)


_loop = Loop()


def get_event_loop():
    return _loop


def new_event_loop():
    global _loop, _stop
    del _ready[:]
    del _sleeping[:]
    _stop = False
    _loop = Loop()
    return _loop
