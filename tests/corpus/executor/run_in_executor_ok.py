# runtime: fork=ok spawn=ok forkserver=ok
# summary: a module-level function goes to the process pool; a lambda to the loop's own threads (None)
import asyncio
import concurrent.futures


def answer(x):
    return 2 * x


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        print(await loop.run_in_executor(pool, answer, 21))
        print(await loop.run_in_executor(None, lambda: 42))


if __name__ == "__main__":
    asyncio.run(main())
