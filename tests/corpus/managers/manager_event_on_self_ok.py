# runtime: fork=ok spawn=ok forkserver=ok
# summary: the uploader keeps ctx.Manager().Event() (a proxy) and self.manager.Queue() on self and submits them: proxies pickle by address (composer, parsl)
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def report(flag, queue):
    flag.set()
    queue.put("done")
    return flag.is_set()


class Uploader:
    def __init__(self):
        context = multiprocessing.get_context("spawn")
        self.executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
        self.failed = context.Manager().Event()
        self.manager = context.Manager()
        self.messages = self.manager.Queue()

    def run(self):
        result = self.executor.submit(report, self.failed, self.messages).result(timeout=60)
        return result, self.messages.get(timeout=10)


if __name__ == "__main__":
    uploader = Uploader()
    print(uploader.run())
    uploader.executor.shutdown()
