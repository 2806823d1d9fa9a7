# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'Task.__init__.<locals>.<lambda>'
# summary: an attribute holding a lambda cannot be rebuilt, so the copy gets None with a comment
# fix: PKL005 Add `__getstate__`
import multiprocessing


class Task:
    def __init__(self, size):
        self.size = size
        self.on_done = lambda: print("done")

    def __getstate__(self):
        # `on_done` cannot be pickled: left out of the state, see __setstate__
        state = self.__dict__.copy()
        state.pop("on_done", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.on_done = None  # cannot be pickled; set it again before use


def area(task):
    return task.size * task.size, task.on_done


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(area, [Task(2), Task(3)]))
