# asyncio streams: several clients at once against one server, reads of every kind, the
# end of a stream, and a server used with `async with`.
import asyncio

log = []


async def handle(reader, writer):
    # Protocol: a header line "name size", then `size` bytes; the reply is the reversed body,
    # then the connection closes.
    head = await reader.readline()
    name, size = head.split()
    body = await reader.readexactly(int(size))
    log.append((name, len(body)))
    writer.write(bytes(reversed(body)))
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def serve():
    # Each run (CPython's and ours, possibly at once) takes the first free port of a range.
    for port in range(48300, 48400):
        try:
            return await asyncio.start_server(handle, "127.0.0.1", port), port
        except OSError:
            pass
    raise RuntimeError("no free port")


async def client(port, name, size, delay):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(delay)
    body = bytes((i * 7 + len(name)) % 256 for i in range(size))
    writer.write(name + b" " + str(size).encode() + b"\n")
    # Sent in pieces, with pauses, so the server's readexactly waits for the rest.
    for i in range(0, size, 5000):
        writer.write(body[i : i + 5000])
        await writer.drain()
        await asyncio.sleep(0)
    reply = await reader.read()
    writer.close()
    await writer.wait_closed()
    return name, len(reply), reply == bytes(reversed(body))


async def short_reads(port):
    # The server answers 0 bytes for size 0; the client then sees the end of the stream.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"empty 0\n")
    await writer.drain()
    print("read at end:", await reader.read(10), await reader.readline())
    try:
        await reader.readexactly(1)
    except EOFError:
        print("readexactly at end: EOFError")
    writer.close()
    await writer.wait_closed()


async def refused():
    # A port that is bound but not listening refuses connections.
    import socket

    s = socket.socket()
    for port in range(48700, 48800):
        try:
            s.bind(socket.getaddrinfo("127.0.0.1", port)[0][-1])
            break
        except OSError:
            pass
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print("connection refused, errno", e.errno)
    s.close()


async def main():
    await refused()
    server, port = await serve()
    async with server:
        results = await asyncio.gather(
            client(port, b"alpha", 10, 0.05),
            client(port, b"beta", 30000, 0),
            client(port, b"gamma", 1, 0.02),
        )
        for r in results:
            print(r)
        await short_reads(port)
        print(sorted(log))
    print("server closed")


asyncio.run(main())
