# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_contextvars.Context' object
# summary: taskiq #611: a receiver runs sync tasks with loop.run_in_executor(process_pool, ctx.run, func) to keep the caller's context vars; ctx.run is a bound method of a contextvars.Context, which cannot be pickled under any start method
import asyncio
import contextvars
import functools
from concurrent.futures import ProcessPoolExecutor

trace_id = contextvars.ContextVar("trace_id", default="-")


def resize_image(image_id, *, width=64):
    return "image %d resized to %d" % (image_id, width)


class Receiver:
    def __init__(self, executor):
        self.executor = executor

    async def run_task(self, target, args, kwargs):
        loop = asyncio.get_running_loop()
        ctx = contextvars.copy_context()
        func = functools.partial(target, *args, **kwargs)
        return await loop.run_in_executor(self.executor, ctx.run, func)  # [PKL009]


async def main():
    trace_id.set("t-1")
    with ProcessPoolExecutor(2) as executor:
        receiver = Receiver(executor)
        print(await receiver.run_task(resize_image, (7,), {"width": 32}))


if __name__ == "__main__":
    asyncio.run(main())
