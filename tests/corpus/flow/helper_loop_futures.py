# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_asyncio.Future' object
# summary: a helper returns a list of asyncio.Future objects, sent as task items
import asyncio
import multiprocessing


def pending(loop, count):
    futures = []
    for _ in range(count):
        futures.append(loop.create_future())
    return futures


def done(future):
    return future.done()


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    try:
        with multiprocessing.Pool(2) as pool:
            print(pool.map(done, pending(loop, 2)))  # [PKL004]
    finally:
        loop.close()
