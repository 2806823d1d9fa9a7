# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a scheduler keeps the task list it was built with (`Scheduler([Task(lambda b: ...)])`) and starts a Process per task with `task.fn`; spawn pickles the lambda the task's `__init__` stored
import multiprocessing


class Task:
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn


def run(fn, results):
    results.put(fn(3))


class Scheduler:
    def __init__(self, tasks):
        self.tasks = tasks

    def run_all(self):
        results = multiprocessing.Queue()
        done = []
        for task in self.tasks:
            child = multiprocessing.Process(target=run, args=(task.fn, results))  # [PKL001]
            child.start()
            done.append((task.name, results.get(timeout=10)))
            child.join()
        return done


if __name__ == "__main__":
    print(Scheduler([Task("double", lambda b: b * 2)]).run_all())
