# runtime: fork=error spawn=error forkserver=error
# error-contains: not the same object
# summary: `@Task` makes each build step a Task instance that keeps the original function; the runner maps over `build.actions()`, the kept original, which pickle looks up by its module name, now the Task instance (python-doit-api issue 3, reproduced blind)
import multiprocessing


class Task:
    def __init__(self, action):
        self.action = action
        self.name = action.__name__

    def actions(self):
        return [self.action]


@Task
def build():
    return "built"


def run(action):
    return action()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run, build.actions()))  # [PKL014]
        print(pool.apply(run, (build.action,)))  # [PKL014]
