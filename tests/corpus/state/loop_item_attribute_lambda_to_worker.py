# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: tasks are built in a loop as `Task(process_function=lambda b, s=sigma: smooth(b, s))` and handed to a scheduler, whose workers keep `task.process_function` and pass it to each Process; spawn pickles the lambda (daisy 53)
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
            target=run_blocks, args=(self.spawn_function, blocks, self.results)  # [PKL001]
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
        tasks.append(Task(f"smooth_{sigma}", process_function=lambda b, s=sigma: smooth(b, s)))
    print(run_blockwise(tasks))
