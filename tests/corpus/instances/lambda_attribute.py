# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'Task.__init__.<locals>.<lambda>'
# summary: an instance storing a lambda as a callback attribute cannot be pickled
import multiprocessing


class Task:
    def __init__(self, value):
        self.value = value
        self.on_done = lambda result: None


def run(task):
    return task.value


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run, [Task(1)]))  # [PKL005]
