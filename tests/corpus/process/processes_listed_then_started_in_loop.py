# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: an application makes its worker Processes (target=self._worker) in __init__ and starts them in a loop over self._processes (SO 71356422); from the second start on, pickling self takes the Process already started
import multiprocessing
import time


class Application:
    def __init__(self, workers):
        self._stop = multiprocessing.Event()
        self._processes = [multiprocessing.Process(target=self._worker) for _ in range(workers)]  # [PKL009]

    def _worker(self):
        while not self._stop.is_set():
            time.sleep(0.05)
        print(multiprocessing.current_process().name, "stopping")

    def start(self):
        for process in self._processes:
            process.start()

    def stop(self):
        self._stop.set()
        for process in self._processes:
            if process.pid is not None:
                process.join()


if __name__ == "__main__":
    application = Application(2)
    try:
        application.start()
        time.sleep(0.3)
    finally:
        application.stop()
    print("done")
