# select.poll over streams without a descriptor: classes deriving io.IOBase answer through
# ioctl(request, arg) (3: which events are ready; 10: their descriptor, negative for none).
# MicroPython-only (CPython's poll wants descriptors); expected output from MicroPython.
import io
import select

POLL = 3
GET_FILENO = 10


class Pipe(io.IOBase):
    # Readable when data is buffered, always writable; counts the readiness questions.
    def __init__(self, name):
        self.name = name
        self.buf = b""
        self.asked = 0

    def ioctl(self, req, arg):
        if req == GET_FILENO:
            return -1
        if req == POLL:
            self.asked += 1
            ev = select.POLLOUT if self.name != "full" else 0
            if self.buf:
                ev |= select.POLLIN
            return ev & arg
        return -22

    def __repr__(self):
        return self.name


a = Pipe("a")
b = Pipe("b")
full = Pipe("full")
p = select.poll()
p.register(a, select.POLLIN)
p.register(b)
p.register(full, select.POLLOUT)
print(p.poll(0))
a.buf = b"data"
print(p.poll(0))
print(p.poll())

# Registering again changes the events; modify does too.
p.register(b, select.POLLIN)
p.modify(a, select.POLLIN | select.POLLOUT)
print(p.poll(0))


# A stream that becomes ready on its third question: poll(-1) returns at once then.
class Later(io.IOBase):
    def __init__(self):
        self.asked = 0

    def ioctl(self, req, arg):
        if req == POLL:
            self.asked += 1
            return select.POLLIN if self.asked >= 3 else 0
        return -1


later = Later()
q = select.poll()
q.register(later, select.POLLIN)
r = q.poll(-1)
print(r[0][0] is later, r[0][1], later.asked)
later.asked = 0
print(len(q.poll(50)), later.asked >= 3)

# ipoll: an iterator over the same poll object, handing out one reused tuple.
p.modify(b, select.POLLOUT)
it = p.ipoll(0)
print(it is p)
r1 = next(it)
print(r1)
r2 = next(it)
print(r2, r1 is r2)
for r in p.ipoll(0):
    print("ipoll", r)
# One-shot: an object reported once is not reported again until modify().
print([r[0] for r in p.ipoll(0, 1)])
print(p.poll(0))
p.modify(a, select.POLLIN)
print(p.poll(0))

# unregister forgets; unregistering twice is fine; modify needs a registered object.
p.unregister(a)
p.unregister(a)
print(p.poll(0))
try:
    p.modify(a, select.POLLIN)
except OSError as e:
    print("modify", e.errno)


# An ioctl error (a negative result) is an OSError with that number.
class Broken(io.IOBase):
    def ioctl(self, req, arg):
        return -5


q = select.poll()
q.register(Broken())
try:
    q.poll(0)
except OSError as e:
    print("broken", e.errno)

# In-memory streams can be registered but not polled.
q = select.poll()
q.register(io.BytesIO(b"abc"))
try:
    q.poll(0)
except OSError as e:
    print("BytesIO", e.errno)

# Not streams at all.
for bad in ("text", 1.5, object()):
    try:
        select.poll().register(bad)
    except OSError as e:
        print("not a stream:", type(bad).__name__, e)
try:
    select.poll().register(-1)
except ValueError:
    print("negative fd: ValueError")
try:
    p.poll("x")
except TypeError as e:
    print("TypeError", e)
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
print(p)
