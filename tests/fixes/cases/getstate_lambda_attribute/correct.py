import multiprocessing


class Task:
    def __init__(self, size):
        self.size = size
        self.on_done = lambda: print("done")

    def __getstate__(self):
        return {"size": self.size}

    def __setstate__(self, state):
        self.size = state["size"]
        self.on_done = None


def area(task):
    return task.size * task.size, task.on_done


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(area, [Task(2), Task(3)]))
