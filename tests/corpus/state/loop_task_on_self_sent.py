# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_asyncio.Task' object
# summary: websockets-style protocol object keeps the task `loop.create_task(...)` returns on the running loop (`asyncio.get_running_loop()`); sending the object through a Pipe pickles the task
import asyncio
import multiprocessing as mp


class Protocol:
    def __init__(self):
        loop = asyncio.get_running_loop()
        self.transfer_task = loop.create_task(self.transfer())
        self.remote = ("127.0.0.1", 50000)

    async def transfer(self):
        await asyncio.sleep(3600)


def serve(conn):
    print(conn.recv())


async def main():
    proto = Protocol()
    parent, child = mp.Pipe()
    proc = mp.Process(target=serve, args=(child,))
    proc.start()
    try:
        parent.send(proto)  # [PKL005]
    finally:
        parent.send("closing")
        proc.join()
        proto.transfer_task.cancel()


if __name__ == "__main__":
    asyncio.run(main())
