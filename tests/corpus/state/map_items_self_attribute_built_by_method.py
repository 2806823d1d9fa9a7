# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: __init__ keeps what a method of the class builds: a list of task dicts, each holding an open file; pool.map sends each task
import multiprocessing
import os


def size(task):
    return len(task["handle"].name)


class Job:
    def __init__(self, paths):
        self.tasks = self._build_tasks(paths)

    def _build_tasks(self, paths):
        tasks = []
        for path in paths:
            tasks.append({"path": path, "handle": open(path)})
        return tasks

    def run(self):
        with multiprocessing.Pool(2) as pool:
            return pool.map(size, self.tasks)  # [PKL004]


if __name__ == "__main__":
    print(Job([os.devnull]).run())
