# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'coroutine' object
# summary: a helper collects coroutine objects (an async def called, not awaited) as task items
import asyncio
import multiprocessing


async def fetch(number):
    await asyncio.sleep(0)
    return number


def make_tasks(numbers):
    tasks = []
    for number in numbers:
        tasks.append(fetch(number))
    return tasks


def run(coroutine):
    return asyncio.run(coroutine)


if __name__ == "__main__":
    tasks = make_tasks([1, 2])
    try:
        with multiprocessing.Pool(2) as pool:
            print(pool.map(run, tasks))  # [PKL004]
    finally:
        for task in tasks:
            task.close()
