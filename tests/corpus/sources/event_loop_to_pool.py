# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'WeakSet.__init__.<locals>._remove'
# summary: an asyncio event loop cannot be pickled into a pool task
import asyncio
import multiprocessing


def closed(loop):
    return loop.is_closed()


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(closed, (loop,)))  # [PKL004]
    loop.close()
