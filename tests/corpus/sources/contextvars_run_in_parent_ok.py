# runtime: fork=ok spawn=ok forkserver=ok
# summary: taskiq #611 fixed: the receiver calls ctx.run in the parent to submit the task inside the copied context; only the partial of a module function crosses to the process pool
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
        return await ctx.run(loop.run_in_executor, self.executor, func)


async def main():
    trace_id.set("t-1")
    with ProcessPoolExecutor(2) as executor:
        receiver = Receiver(executor)
        print(await receiver.run_task(resize_image, (7,), {"width": 32}))


if __name__ == "__main__":
    asyncio.run(main())
