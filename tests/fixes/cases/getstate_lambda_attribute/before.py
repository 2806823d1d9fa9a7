# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'Task.__init__.<locals>.<lambda>'
# summary: an attribute holding a lambda cannot be rebuilt, so the copy gets None with a comment
# fix: PKL005 Add `__getstate__`
import multiprocessing


class Task:
    def __init__(self, size):
        self.size = size
        self.on_done = lambda: print("done")


def area(task):
    return task.size * task.size, task.on_done


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(area, [Task(2), Task(3)]))
