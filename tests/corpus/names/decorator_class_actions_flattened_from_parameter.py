# runtime: fork=error spawn=error forkserver=error
# error-contains: not the same object
# summary: the runner flattens `t.actions()` of the task list it is given, `[a, b]` of `@task` functions: each action is the original function the decorator instance keeps, which pickle looks up by its module name, now the instance (python-doit-api issue 3, the shape of a blind probe)
import multiprocessing


class task:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def actions(self):
        return [self.fn]


@task
def compile_docs():
    return "docs"


@task
def compile_code():
    return "code"


def run_action(action):
    return action()


def run_tasks(tasks):
    actions = [act for t in tasks for act in t.actions()]
    with multiprocessing.Pool(2) as pool:
        return pool.map(run_action, actions)  # [PKL014]


if __name__ == "__main__":
    print(run_tasks([compile_docs, compile_code]))
