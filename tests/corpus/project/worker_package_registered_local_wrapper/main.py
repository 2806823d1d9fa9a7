# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'ETL_task.<locals>.task'
# summary: faktory_worker_python #45: main registers on the package's Worker a task that a decorator of another package wraps in a nested function without functools.wraps; Worker.run submits the registered functions to a ProcessPoolExecutor, which cannot pickle the wrapper under any start method
from wpl_dataworker import tasks
from wpl_faktory import Worker

if __name__ == "__main__":
    w = Worker(concurrency=2)
    w.register("hello", tasks.hello)
    w.register("load_table", tasks.load_table)
    w.run([
        ("job-1", "hello", ("world", 2)),
        ("job-2", "load_table", ("users", 3)),
    ])
