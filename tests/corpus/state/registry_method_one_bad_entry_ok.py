# runtime: fork=ok spawn=ok forkserver=ok
# summary: faktory_worker_python #45 fixed: the decorator wrapping one registered task uses functools.wraps, so the wrapper carries the decorated name and the functions the Worker submits from self._tasks to its ProcessPoolExecutor pickle by reference
import functools
from concurrent.futures import ProcessPoolExecutor


class Worker:
    def __init__(self, concurrency=2):
        self.concurrency = concurrency
        self._tasks = {}

    def register(self, name, func):
        self._tasks[name] = func

    def run(self, jobs):
        with ProcessPoolExecutor(max_workers=self.concurrency) as executor:
            pending = [(jid, executor.submit(self._tasks[name], *args)) for jid, name, args in jobs]
            for jid, future in pending:
                print("Task done: %s -> %s" % (jid, future.result(timeout=5)))


def ETL_task(func):
    @functools.wraps(func)
    def task(*args, **kwargs):
        rows = func(*args, **kwargs)
        return {"step": func.__name__, "rows": rows}

    return task


def hello(name, number):
    return number * ("hello %s " % name)


@ETL_task
def load_table(table, limit):
    return ["%s:%d" % (table, i) for i in range(limit)]


if __name__ == "__main__":
    worker = Worker(concurrency=2)
    worker.register("hello", hello)
    worker.register("load_table", load_table)
    worker.run([("j1", "hello", ("world", 2)), ("j2", "load_table", ("users", 3))])
