# asyncio streams over a Python stream class (io.IOBase with ioctl): the event loop parks
# readers and writers until select.poll reports the stream ready. Plus the MicroPython-only
# Stream methods (readinto, awrite, awritestr, aclose) over a socket.
# Expected output from MicroPython.
import asyncio
import io
import select
import socket

MP_STREAM_POLL = 3


class Channel(io.IOBase):
    # An in-memory pipe with a capacity: readable when it holds data, writable when not full.
    def __init__(self, cap):
        self.data = bytearray()
        self.cap = cap

    def ioctl(self, req, arg):
        if req == MP_STREAM_POLL:
            ev = 0
            if self.data:
                ev |= select.POLLIN
            if len(self.data) < self.cap:
                ev |= select.POLLOUT
            return ev & arg
        return -22

    def read(self, n=-1):
        if not self.data:
            return None
        if n < 0:
            n = len(self.data)
        r = bytes(self.data[:n])
        self.data = self.data[n:]
        return r

    def readline(self):
        if not self.data:
            return None
        i = self.data.find(b"\n")
        n = len(self.data) if i < 0 else i + 1
        return self.read(n)

    def readinto(self, buf):
        r = self.read(len(buf))
        if r is None:
            return None
        buf[: len(r)] = r
        return len(r)

    def write(self, buf):
        room = self.cap - len(self.data)
        if room <= 0:
            return None
        self.data += buf[:room]
        return min(room, len(buf))


async def producer(st):
    for i in range(5):
        st.write(b"line %d of the producer\n" % i)
        await st.drain()
        print("produced", i)
    await asyncio.sleep(0.02)
    st.write(b"tail")
    await st.drain()


async def consumer(st):
    for _ in range(5):
        print("consumed", await st.readline())
    print("consumed", await st.read(4))


async def main():
    print(asyncio.StreamReader is asyncio.StreamWriter)
    ch = Channel(16)
    st = asyncio.StreamReader(ch)
    await asyncio.gather(consumer(st), producer(st))

    ch = Channel(100)
    st = asyncio.StreamReader(ch)
    buf = bytearray(8)

    async def late():
        await asyncio.sleep(0.03)
        ch.write(b"abcdefghijkl")

    t = asyncio.create_task(late())
    n = await st.readinto(buf)
    print("readinto", n, buf)
    print("readexactly", await st.readexactly(4))
    await t

    # A waiting reader that is cancelled leaves nothing behind in the loop.
    async def reader():
        await st.readline()

    r = asyncio.create_task(reader())
    await asyncio.sleep(0.01)
    r.cancel()
    await asyncio.sleep(0.01)
    print("cancelled reader done:", r.done())

    # Socket streams: awrite/awritestr/aclose and the peer's raw address.
    done = asyncio.Event()

    async def handle(reader, writer):
        peer = writer.get_extra_info("peername")
        print("peer", socket.sockaddr(peer)[:2])
        b = bytearray(32)
        n = await reader.readinto(b)
        print("server read", b[:n])
        await writer.awrite(b"0123456789", 2, 5)
        await writer.awritestr("!")
        await writer.aclose()
        done.set()

    for port in range(48400, 48500):
        try:
            server = await asyncio.start_server(handle, "127.0.0.1", port)
            break
        except OSError:
            pass
    r, w = await asyncio.open_connection("127.0.0.1", port)
    print(r is w)
    await w.awrite(b"hello server")
    print("client read", await r.read())
    await done.wait()
    await w.aclose()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
