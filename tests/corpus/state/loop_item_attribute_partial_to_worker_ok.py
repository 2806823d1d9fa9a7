# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: each task's process function is `functools.partial(smooth, sigma=sigma)`, which pickles as the module-level function with its keyword
import functools
import multiprocessing


class Task:
    def __init__(self, task_id, process_function):
        self.task_id = task_id
        self.process_function = process_function


class Worker:
    def __init__(self, spawn_function, results):
        self.spawn_function = spawn_function
        self.results = results
        self.process = None

    def start(self, blocks):
        self.process = multiprocessing.Process(
            target=run_blocks, args=(self.spawn_function, blocks, self.results)
        )
        self.process.start()


def run_blocks(function, blocks, results):
    results.put([function(block) for block in blocks])


def smooth(block, sigma):
    return block * sigma


def run_blockwise(tasks):
    results = multiprocessing.Queue()
    done = []
    for task in tasks:
        worker = Worker(task.process_function, results)
        worker.start([1, 2, 3])
        done.append(results.get(timeout=10))
        worker.process.join()
    return done


if __name__ == "__main__":
    tasks = []
    for sigma in [1, 5]:
        tasks.append(Task(f"smooth_{sigma}", process_function=functools.partial(smooth, sigma=sigma)))
    print(run_blockwise(tasks))
