# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same coroutine hands run_in_executor a list of the chunks: it pickles
import asyncio
from concurrent.futures import ProcessPoolExecutor


def total(chunks):
    return sum(chunks)


def read_chunks(n):
    yield from range(n)


async def serve(pool):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(pool, total, list(read_chunks(3)))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(asyncio.run(serve(pool)))
