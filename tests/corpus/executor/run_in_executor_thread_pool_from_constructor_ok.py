# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same service given a ThreadPoolExecutor: the local function stays in this process, nothing is pickled
import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor


class RequestHandler:
    def __init__(self, pool, timeout=20):
        self.pool = pool
        self.timeout = timeout

    async def execute_local(self, payload):
        def run_local(data):
            return sorted(data)

        loop = asyncio.get_running_loop()
        task = loop.run_in_executor(self.pool, functools.partial(run_local, payload))
        return await asyncio.wait_for(task, self.timeout)


async def main():
    with ThreadPoolExecutor(max_workers=1) as pool:
        print(await RequestHandler(pool).execute_local([3, 1, 2]))


if __name__ == "__main__":
    asyncio.run(main())
