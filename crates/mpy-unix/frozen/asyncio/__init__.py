# asyncio for this runtime: a subset of MicroPython's asyncio API, written from its
# documentation. Frozen into the unix port (see crates/mpy-unix/build.rs).
#
# Design: a task is a coroutine plus a "wake ticket" (_pid). Whenever a task is queued or
# parked (sleeping, awaiting a task, waiting on an Event/Lock or a stream), the ticket is
# renewed and the queue entry remembers it; an entry whose ticket is stale is ignored. That
# makes cancel() and timeouts cheap: renewing the ticket detaches the task from whatever it
# waited on.
#
# The loop waits in select.poll: tasks waiting to read or write a stream are parked in an IO
# table until poll reports the stream ready, and when nothing is ready the loop sleeps in poll
# until the next timed task is due (a wait Ctrl-C can interrupt).

from time import ticks_ms, ticks_diff, ticks_add
import select
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
_poller = select.poll()
# stream -> [(task, ticket) waiting to read or None, (task, ticket) waiting to write or None];
# every stream in it is registered with _poller for the events its waiters want.
_io = {}
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


def _io_mask(w):
    return (select.POLLIN if w[0] else 0) | (select.POLLOUT if w[1] else 0)


class _IOWait:
    # Awaitable that parks the current task until `s` can be read (idx 0) or written (idx 1).
    def __init__(self, s, idx):
        self.s = s
        self.idx = idx

    def __iter__(self):
        t = _cur
        s = self.s
        w = _io.get(s)
        if w is None:
            w = [None, None]
            _io[s] = w
        elif w[self.idx] is not None and w[self.idx][0] is not t:
            other = w[self.idx][0]
            if other._pid == w[self.idx][1] and other._state == 0:
                raise RuntimeError("stream already has a waiting task")
        w[self.idx] = (t, _renew(t))
        _poller.register(s, _io_mask(w))
        yield _PARK

    __await__ = __iter__


def _io_forget(s):
    # Drops a stream from the IO table (it is being closed); its waiters run again and meet
    # the closed stream.
    w = _io.pop(s, None)
    if w is not None:
        _poller.unregister(s)
        for e in w:
            if e is not None:
                _wake(e[0], e[1])


def _io_prune():
    # Forgets waiters whose task moved on (cancelled, timed out); returns whether any remain.
    stale = []
    for s, w in _io.items():
        for i in (0, 1):
            e = w[i]
            if e is not None and (e[0]._pid != e[1] or e[0]._state != 0):
                w[i] = None
        if w[0] is None and w[1] is None:
            stale.append(s)
        else:
            _poller.register(s, _io_mask(w))
    for s in stale:
        del _io[s]
        _poller.unregister(s)
    return bool(_io)


def _io_poll(timeout):
    # Waits up to `timeout` ms (-1: no limit) and wakes the tasks whose streams are ready;
    # without streams this is the loop's sleep.
    for s, ev in _poller.ipoll(timeout):
        w = _io.get(s)
        if w is None:
            _poller.unregister(s)
            continue
        # Errors and hang-ups wake both sides: their next read or write reports them.
        if ev & ~select.POLLOUT and w[0] is not None:
            _wake(w[0][0], w[0][1])
            w[0] = None
        if ev & ~select.POLLIN and w[1] is not None:
            _wake(w[1][0], w[1][1])
            w[1] = None
        if w[0] is None and w[1] is None:
            del _io[s]
            _poller.unregister(s)
        else:
            _poller.modify(s, _io_mask(w))


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
        # Streams that became ready first, then due timers (the order CPython's loop takes).
        if _ready or (_sleeping and ticks_diff(_sleeping[0][0], ticks_ms()) <= 0):
            if _io:
                _io_poll(0)
        elif _sleeping:
            if _io:
                _io_prune()
            _io_poll(max(0, ticks_diff(_sleeping[0][0], ticks_ms())))
        elif _io and _io_prune():
            _io_poll(-1)
        else:
            return
        now = ticks_ms()
        while _sleeping and ticks_diff(_sleeping[0][0], now) <= 0:
            _, t, pid = _sleeping.pop(0)
            _wake(t, pid)
        if not _ready:
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
    for s in list(_io):
        _poller.unregister(s)
    _io.clear()
    _stop = False
    _loop = Loop()
    return _loop


# Streams over sockets (or any object with non-blocking read/write that select.poll accepts).
# As in MicroPython, one Stream object is both the reader and the writer of a connection.

_EISCONN = 106
_EINPROGRESS = 115


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""
        # The task that sends what is still buffered and then closes (close() with data left).
        self._closer = None

    def get_extra_info(self, v):
        return self.e.get(v)

    async def read(self, n=-1):
        if n >= 0:
            while True:
                await _IOWait(self.s, 0)
                r = self.s.read(n)
                if r is not None:
                    return r
        parts = []
        while True:
            await _IOWait(self.s, 0)
            r = self.s.read(4096)
            if r is None:
                continue
            if not r:
                return b"".join(parts)
            parts.append(r)

    async def readinto(self, buf):
        while True:
            await _IOWait(self.s, 0)
            n = self.s.readinto(buf)
            if n is not None:
                return n

    async def readexactly(self, n):
        parts = []
        while n > 0:
            r = await self.read(n)
            if not r:
                raise EOFError
            parts.append(r)
            n -= len(r)
        return b"".join(parts)

    async def readline(self):
        line = b""
        while True:
            await _IOWait(self.s, 0)
            r = self.s.readline()
            if r is None:
                continue
            line += r
            # A non-blocking stream returns part of a line when the rest has not arrived yet.
            if not r or r[-1:] == b"\n":
                return line

    def write(self, buf):
        # Sends at once what the stream takes without waiting; drain() sends the rest.
        if not self.out_buf:
            n = self.s.write(buf)
            if n is not None and n == len(buf):
                return
            if n:
                buf = buf[n:]
        self.out_buf += bytes(buf)

    async def drain(self):
        while self.out_buf:
            await _IOWait(self.s, 1)
            n = self.s.write(self.out_buf)
            if n:
                self.out_buf = self.out_buf[n:]

    async def _finish(self):
        try:
            await self.drain()
        finally:
            self._shut()

    def _shut(self):
        _io_forget(self.s)
        self.s.close()

    def close(self):
        if self._closer is not None:
            return
        if self.out_buf:
            self._closer = create_task(self._finish())
            self._closer._retrieved = True
        else:
            self._closer = True
            self._shut()

    async def wait_closed(self):
        self.close()
        if isinstance(self._closer, Task):
            try:
                await self._closer
            except OSError:
                # The peer went away before everything was sent; the stream is closed anyway.
                pass

    async def aclose(self):
        await self.wait_closed()

    async def awrite(self, buf, off=0, sz=-1):
        if off or sz != -1:
            buf = memoryview(buf)
            buf = buf[off:] if sz < 0 else buf[off : off + sz]
        self.write(buf)
        await self.drain()

    async def awritestr(self, s):
        await self.awrite(s.encode())


StreamReader = Stream
StreamWriter = Stream


def _stream_socket(host, port):
    import socket

    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.setblocking(False)
    return socket, s, ai[-1]


async def open_connection(host, port):
    _, s, addr = _stream_socket(host, port)
    try:
        try:
            s.connect(addr)
        except OSError as e:
            if e.errno != _EINPROGRESS:
                raise
            await _IOWait(s, 1)
            # Connecting again reports how the connection went (EISCONN: it is up).
            try:
                s.connect(addr)
            except OSError as e:
                if e.errno != _EISCONN:
                    raise
    except BaseException:
        _io_forget(s)
        s.close()
        raise
    st = Stream(s, {"peername": addr})
    return st, st


class Server:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()

    def close(self):
        self.task.cancel()

    async def wait_closed(self):
        try:
            await self.task
        except CancelledError:
            pass

    async def _serve(self, s, cb):
        try:
            while True:
                await _IOWait(s, 0)
                try:
                    s2, addr = s.accept()
                except OSError:
                    # The connection went away before it was taken (or a spurious wake).
                    continue
                s2.setblocking(False)
                st = Stream(s2, {"peername": addr})
                r = cb(st, st)
                if hasattr(r, "send"):
                    create_task(r)
        finally:
            _io_forget(s)
            s.close()


async def start_server(cb, host, port, backlog=5):
    socket, s, addr = _stream_socket("0.0.0.0" if host is None else host, port)
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(addr)
        s.listen(backlog)
    except BaseException:
        s.close()
        raise
    srv = Server()
    srv.task = create_task(srv._serve(s, cb))
    srv.task._retrieved = True
    return srv
