# runtime: fork=ok spawn=ok forkserver=ok
# summary: faktory_worker_python #45 fixed: the decorator of another package wraps the task with functools.wraps, so the function main registers on the package's Worker pickles by its module name when Worker.run submits it to a ProcessPoolExecutor
from wpw_dataworker import tasks
from wpw_faktory import Worker

if __name__ == "__main__":
    w = Worker(concurrency=2)
    w.register("hello", tasks.hello)
    w.register("load_table", tasks.load_table)
    w.run([
        ("job-1", "hello", ("world", 2)),
        ("job-2", "load_table", ("users", 3)),
    ])
