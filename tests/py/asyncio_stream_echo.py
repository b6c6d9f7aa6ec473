# asyncio streams: a line-echo server on 127.0.0.1 and a client talking to it.
import asyncio

done = asyncio.Event()


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        print("server got", line)
        writer.write(line.upper())
        await writer.drain()
    print("server: client hung up")
    writer.close()
    await writer.wait_closed()
    done.set()


async def serve():
    # Each run (CPython's and ours, possibly at once) takes the first free port of a range.
    for port in range(47800, 47900):
        try:
            return await asyncio.start_server(handle, "127.0.0.1", port), port
        except OSError:
            pass
    raise RuntimeError("no free port")


async def main():
    server, port = await serve()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for msg in (b"hello\n", b"asyncio streams\n", b"x" * 100 + b"\n"):
        writer.write(msg)
        await writer.drain()
        reply = await reader.readline()
        print("client got", len(reply), reply[:20])
    writer.write(b"part")
    writer.write(b"ial\n")
    await writer.drain()
    print("client got", await reader.readexactly(8))
    writer.close()
    await writer.wait_closed()
    await done.wait()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
