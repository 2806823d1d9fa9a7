# runtime: fork=ok spawn=ok forkserver=ok
# summary: the workers run a module-level function given only the stop event, so starting one pickles the event, never the application holding the started ones (the fix of SO 71356422)
import multiprocessing
import time


def work(stop):
    while not stop.is_set():
        time.sleep(0.05)
    print(multiprocessing.current_process().name, "stopping")


class Application:
    def __init__(self, workers):
        self._stop = multiprocessing.Event()
        self._processes = [
            multiprocessing.Process(target=work, args=(self._stop,)) for _ in range(workers)
        ]

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
