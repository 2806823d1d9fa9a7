# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'WorkerPool.__init__.<locals>.Process'
# summary: a pool defines its worker class inside `__init__` on `ctx.Process`, with `ctx = context or multiprocessing.get_context()`, and starts its workers; spawn pickles each process object, whose class is local (billiard 226)
import multiprocessing


def worker_loop(inbox, outbox):
    while (item := inbox.get(timeout=10)) is not None:
        outbox.put(item * item)


class WorkerPool:
    def __init__(self, processes, context=None):
        ctx = context or multiprocessing.get_context()

        class Process(ctx.Process):
            controlled_termination = False

        self.inbox, self.outbox = ctx.Queue(), ctx.Queue()
        self.workers = []
        for _ in range(processes):
            worker = Process(target=worker_loop, args=(self.inbox, self.outbox))  # [PKL002]
            worker.start()
            self.workers.append(worker)

    def map(self, items):
        for item in items:
            self.inbox.put(item)
        return sorted(self.outbox.get(timeout=10) for _ in items)

    def close(self):
        for _ in self.workers:
            self.inbox.put(None)
        for worker in self.workers:
            worker.join(timeout=10)


if __name__ == "__main__":
    pool = WorkerPool(2)
    print(pool.map([1, 2, 3]))
    pool.close()
