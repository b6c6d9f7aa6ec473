# MicroPython's socket module on unix: raw sockaddr addresses, sockets as streams
# (read/readline/readinto/write), non-blocking streams returning None, timeouts.
# Expected output from MicroPython (CPython's sockets differ here).
import select
import socket
import time

ai = socket.getaddrinfo("127.0.0.1", 80)
print(len(ai) >= 1, ai[0][:4])
print(type(ai[0][4]), ai[0][4][:8])
print(socket.sockaddr(ai[0][4]))
print(socket.getaddrinfo("127.0.0.1", "8080", 0, socket.SOCK_STREAM)[0][4][2:4])
six = socket.getaddrinfo("::1", 443, socket.AF_INET6, socket.SOCK_STREAM)[0]
print(six[0] == socket.AF_INET6, socket.sockaddr(six[4]))
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except OSError as e:
    print("getaddrinfo failed:", type(e).__name__)

print(socket.inet_pton(socket.AF_INET, "10.1.2.3"))
print(socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "fe80::1:2")))
try:
    socket.inet_pton(socket.AF_INET, "1.2.3")
except OSError as e:
    print("inet_pton", e.errno)
print(socket.AF_INET, socket.AF_INET6, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.MSG_PEEK, socket.MSG_DONTWAIT)


def listen_somewhere():
    for port in range(48200, 48300):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(socket.getaddrinfo("127.0.0.1", port)[0][-1])
        except OSError:
            s.close()
            continue
        s.listen(1)
        return s, port
    raise RuntimeError("no free port")


srv, port = listen_somewhere()
addr = socket.getaddrinfo("127.0.0.1", port)[0][-1]
try:
    srv.bind(("127.0.0.1", port))
except TypeError as e:
    print("tuple address:", e)
cli = socket.socket()
cli.connect(addr)
conn, peer = srv.accept()
print(type(peer), socket.sockaddr(peer)[:2])

print(cli.write(b"line one\nline two\nrest"))
print(conn.readline(), conn.readline())
print(conn.read(2))
buf = bytearray(10)
cli.write(b"12345")
print(conn.readinto(buf, 3), buf)
print(conn.recv(10, socket.MSG_PEEK), conn.recv(10))

# Non-blocking streams return None when nothing can be done; recv raises EAGAIN.
conn.setblocking(False)
print(conn.read(10), conn.readline(), conn.readinto(buf), conn.read())
try:
    conn.recv(10)
except OSError as e:
    print("recv", e.errno)
cli.write(b"partial")
print(conn.readline())
conn.setblocking(True)

# A timeout that passes is OSError(EAGAIN) on unix.
conn.settimeout(0.1)
t = time.ticks_ms()
try:
    conn.recv(10)
except OSError as e:
    print("timeout", e.errno, 80 <= time.ticks_diff(time.ticks_ms(), t) < 2000)
conn.settimeout(None)

# makefile() gives a stream over the same connection.
f = conn.makefile("rb")
cli.write(b"via file\n")
print(f.readline())

# Reading to the end of the stream.
cli.write(b"the end")
cli.close()
print(conn.read())
print(conn.read(5), conn.readline())
print(cli)
try:
    cli.fileno()
    cli.recv(1)
except OSError as e:
    print("closed", e.errno)
p = select.poll()
p.register(conn, select.POLLIN)
print(p.poll(0)[0][0] is conn)
conn.close()
srv.close()
