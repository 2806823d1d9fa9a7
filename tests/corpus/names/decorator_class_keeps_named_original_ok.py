# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of python-doit-api issue 3's fix: the Task is made by a call, `build = Task(build_step)`, so the kept original keeps its own module name and pickles by it
import multiprocessing


class Task:
    def __init__(self, action):
        self.action = action
        self.name = action.__name__

    def actions(self):
        return [self.action]


def build_step():
    return "built"


build = Task(build_step)


def run(action):
    return action()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run, build.actions()))
        print(pool.apply(run, (build.action,)))
