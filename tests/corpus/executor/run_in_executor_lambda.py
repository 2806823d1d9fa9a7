# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'main.<locals>.<lambda>'
# summary: loop.run_in_executor with a process pool pickles the function: a lambda fails
import asyncio
import concurrent.futures


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        result = await loop.run_in_executor(pool, lambda: 2 * 21)  # [PKL001]
        print(result)


if __name__ == "__main__":
    asyncio.run(main())
