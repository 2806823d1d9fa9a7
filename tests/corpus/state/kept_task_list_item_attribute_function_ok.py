# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: the scheduler's tasks keep a module-level function, which pickles by name
import multiprocessing


def double(b):
    return b * 2


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
            child = multiprocessing.Process(target=run, args=(task.fn, results))
            child.start()
            done.append((task.name, results.get(timeout=10)))
            child.join()
        return done


if __name__ == "__main__":
    print(Scheduler([Task("double", double)]).run_all())
