# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same runner shape, but each `@task` instance hands out the names of its actions and the worker finds the task by name in the module: strings pickle, and the child looks the task up itself
import multiprocessing
import sys


class task:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def actions(self):
        return [self.name]


@task
def compile_docs():
    return "docs"


@task
def compile_code():
    return "code"


def run_action(name):
    return getattr(sys.modules[__name__], name).fn()


def run_tasks(tasks):
    actions = [act for t in tasks for act in t.actions()]
    with multiprocessing.Pool(2) as pool:
        return pool.map(run_action, actions)


if __name__ == "__main__":
    print(run_tasks([compile_docs, compile_code]))
