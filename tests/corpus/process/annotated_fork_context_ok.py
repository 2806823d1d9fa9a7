# runtime: fork=ok spawn=ok forkserver=ok
# summary: the fork context is bound with a type annotation (`context: Any = get_context("fork")`): nothing is pickled for its Process (sphinx's parallel builds)
import multiprocessing
from typing import Any


class Tasks:
    def __init__(self):
        self._result_funcs = {}

    def _process(self, func):
        func()

    def add_task(self, task_func):
        self._result_funcs[0] = lambda arg, result: None
        context: Any = multiprocessing.get_context("fork")
        process = context.Process(target=self._process, args=(task_func,))
        process.start()
        process.join(60)
        return process.exitcode


def run():
    def local_task():
        print("child ran")

    print("exit", Tasks().add_task(local_task))


if __name__ == "__main__":
    run()
