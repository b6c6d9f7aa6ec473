# select.poll over TCP sockets on 127.0.0.1: readiness of a listening socket, of both ends of
# a connection, modify/unregister, and timeouts.
import select
import socket
import sys
import time


def listen_somewhere():
    # Each run (CPython's and ours, possibly at once) takes the first free port of a range.
    for port in range(48100, 48200):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(socket.getaddrinfo("127.0.0.1", port)[0][-1])
        except OSError:
            s.close()
            continue
        s.listen(2)
        return s, port
    raise RuntimeError("no free port")


def fd(x):
    # CPython reports descriptors, MicroPython the registered objects.
    return x if isinstance(x, int) else x.fileno()


def show(label, res, names):
    out = []
    for obj, ev in res:
        flags = [n for n, bit in (("IN", select.POLLIN), ("OUT", select.POLLOUT)) if ev & bit]
        out.append((names[fd(obj)], flags))
    print(label, out)


srv, port = listen_somewhere()
p = select.poll()
p.register(srv, select.POLLIN)
print("idle listener", p.poll(0))

cli = socket.socket()
cli.connect(socket.getaddrinfo("127.0.0.1", port)[0][-1])
names = {srv.fileno(): "srv", cli.fileno(): "cli"}
show("pending connection", p.poll(1000), names)
conn, _ = srv.accept()
names[conn.fileno()] = "conn"
print("after accept", p.poll(0))

p.register(conn, select.POLLIN)
p.register(cli, select.POLLIN | select.POLLOUT)
show("fresh connection", p.poll(0), names)

cli.send(b"ping")
show("data sent", p.poll(1000), names)
print(conn.recv(10))

p.modify(cli, select.POLLIN)
print("nothing to read", p.poll(0))
conn.send(b"pong")
show("reply", p.poll(1000), names)
print(cli.recv(10))

# A timeout with nothing ready waits about that long.
t = time.time()
print("timeout", p.poll(200))
print("waited", 0.15 < time.time() - t < 2)

p.unregister(srv)
p.unregister(conn)
p.unregister(cli)
cli.close()
# The peer closed: readable, and reading gives the end of the stream.
p.register(conn, select.POLLIN)
show("peer closed", p.poll(1000), names)
print(conn.recv(10))

try:
    p.modify(srv, select.POLLIN)
except OSError as e:
    print("modify unregistered", e.errno)

# Descriptors given as ints.
q = select.poll()
q.register(conn.fileno(), select.POLLOUT)
show("int descriptor", q.poll(0), names)
conn.close()
srv.close()

# Open files are pollable through their descriptor (regular files are always ready).
f = open(sys.argv[0], "rb")  # this program (or its .mpy)
q = select.poll()
q.register(f)
r = q.poll(0)
print("file", len(r), fd(r[0][0]) == f.fileno(), r[0][1] & (select.POLLIN | select.POLLOUT))
f.close()
