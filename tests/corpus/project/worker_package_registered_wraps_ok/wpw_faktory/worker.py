from concurrent.futures import ProcessPoolExecutor


class Worker:
    """Fetches jobs (here: from a local list) and runs the registered tasks in a process pool."""

    def __init__(self, concurrency=2):
        self.concurrency = concurrency
        self._tasks = {}
        self._executor = None

    def register(self, name, func):
        self._tasks[name] = func

    def run(self, jobs):
        self._executor = ProcessPoolExecutor(max_workers=self.concurrency)
        try:
            pending = []
            for jid, task, args in jobs:
                func = self._tasks[task]
                pending.append((jid, self._executor.submit(func, *args)))
            for jid, future in pending:
                self.send_status_to_faktory(jid, future)
        finally:
            self._executor.shutdown(wait=True)

    def send_status_to_faktory(self, jid, future):
        result = future.result(timeout=10)
        print(f"Task done: {jid} -> {result}")
