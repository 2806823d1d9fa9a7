# runtime: fork=ok spawn=ok forkserver=ok
# summary: the Process subclass's __init__ takes `target` but keeps only its name and runs a module-level loop, so the local function never reaches the pickled process object
import multiprocessing


def run_named(name):
    print("running", name)


class Monitor(multiprocessing.Process):
    def __init__(self, target):
        super().__init__()
        self.job = target.__name__

    def run(self):
        run_named(self.job)


def start_monitor(interval):
    def poll():
        print("polled every", interval)

    monitor = Monitor(target=poll)
    monitor.start()
    monitor.join()


if __name__ == "__main__":
    start_monitor(0.5)
