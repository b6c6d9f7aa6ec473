# TCP and UDP sockets on 127.0.0.1 with the calls CPython and MicroPython share.
import socket


def listen_somewhere():
    # Each run (CPython's and ours, possibly at once) takes the first free port of a range.
    for port in range(47900, 48000):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(socket.getaddrinfo("127.0.0.1", port)[0][-1])
        except OSError:
            s.close()
            continue
        s.listen(2)
        return s, port
    raise RuntimeError("no free port")


def errno_of(f):
    try:
        f()
    except OSError as e:
        return e.errno
    return None


srv, port = listen_somewhere()
addr = socket.getaddrinfo("127.0.0.1", port)[0][-1]
ai = socket.getaddrinfo("127.0.0.1", port, 0, socket.SOCK_STREAM)
print(len(ai), ai[0][0] == socket.AF_INET, ai[0][1] == socket.SOCK_STREAM)

cli = socket.socket()
cli.connect(addr)
conn, peer = srv.accept()
print(isinstance(conn.fileno(), int), conn.fileno() != cli.fileno())

# send/recv both ways; recv returns what has arrived, up to the size asked.
print(cli.send(b"hello"))
print(conn.recv(3), conn.recv(10))
cli.sendall(b"x" * 100000)
got = 0
while got < 100000:
    got += len(conn.recv(65536))
print("sendall delivered", got)
conn.sendall(b"pong")
print(cli.recv(4))

# Non-blocking: nothing to read is EAGAIN.
conn.setblocking(False)
print("EAGAIN", errno_of(lambda: conn.recv(10)))
cli.send(b"late")
conn.setblocking(True)
print(conn.recv(10))

# A timeout that is not reached changes nothing.
conn.settimeout(5)
cli.send(b"in time")
print(conn.recv(10))
conn.settimeout(None)

# The peer closing is the end of the stream.
cli.close()
print(conn.recv(10), conn.recv(10))
print("closed socket", errno_of(lambda: cli.send(b"x")))
cli.close()
conn.close()
srv.close()

# Datagrams.
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for port in range(48000, 48100):
    try:
        a.bind(socket.getaddrinfo("127.0.0.1", port)[0][-1])
        break
    except OSError:
        pass
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
dest = socket.getaddrinfo("127.0.0.1", port)[0][-1]
print(b.sendto(b"datagram one", dest), b.sendto(b"two", dest))
data, frm = a.recvfrom(100)
print(data)
print(a.recv(100))
a.close()
b.close()

# Errors carry the errno.
print("bad family", errno_of(lambda: socket.socket(12345)) is not None)
s = socket.socket()
s.setblocking(False)
print("accept on unbound", errno_of(s.accept))
s.close()
