# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a service keeps the ProcessPoolExecutor its constructor receives; a method hands run_in_executor a partial of a local function (wazuh's distributed API)
import asyncio
import functools
from concurrent.futures import ProcessPoolExecutor


class RequestHandler:
    def __init__(self, pool, timeout=20):
        self.pool = pool
        self.timeout = timeout

    async def execute_local(self, payload):
        def run_local(data):
            return sorted(data)

        loop = asyncio.get_running_loop()
        task = loop.run_in_executor(self.pool, functools.partial(run_local, payload))  # [PKL002]
        return await asyncio.wait_for(task, self.timeout)


async def main():
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(await RequestHandler(pool).execute_local([3, 1, 2]))


if __name__ == "__main__":
    asyncio.run(main())
