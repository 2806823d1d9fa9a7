# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of a task kept on an object: the coroutine scheduled with `loop.create_task(...)` and the executor call are awaited, and only their results (a dict and a number) are sent through the Pipe
import asyncio
import multiprocessing as mp


async def handshake():
    await asyncio.sleep(0)
    return {"remote": ("127.0.0.1", 50000)}


def serve(conn):
    print(conn.recv(), conn.recv())


async def main():
    loop = asyncio.get_running_loop()
    task = loop.create_task(handshake())
    info = await task
    total = await loop.run_in_executor(None, sum, [1, 2, 3])
    parent, child = mp.Pipe()
    proc = mp.Process(target=serve, args=(child,))
    proc.start()
    parent.send(info)
    parent.send(total)
    proc.join()


if __name__ == "__main__":
    asyncio.run(main())
