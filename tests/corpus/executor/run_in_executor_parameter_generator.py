# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a coroutine gets the ProcessPoolExecutor as a parameter and hands run_in_executor a generator argument (whisperX issue 193)
import asyncio
from concurrent.futures import ProcessPoolExecutor


def total(chunks):
    return sum(chunks)


def read_chunks(n):
    yield from range(n)


async def serve(pool):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(pool, total, read_chunks(3))  # [PKL004]


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(asyncio.run(serve(pool)))
