# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: a controller passes itself to each process it starts into a slot of self.pool (MANSPIDER's shape); the next start pickles the controller with the started one
import multiprocessing


def scan(controller, target, results):
    results.put(f"{target}: {len(controller.targets)} targets")


class Controller:
    def __init__(self, targets, slots=2):
        self.targets = targets
        self.pool = [None] * slots
        self.results = multiprocessing.Queue()

    def start(self):
        found = []
        for target in self.targets:
            for i in range(len(self.pool)):
                if self.pool[i] is None or not self.pool[i].is_alive():
                    self.pool[i] = multiprocessing.Process(
                        target=scan, args=(self, target, self.results)  # [PKL005]
                    )
                    self.pool[i].start()
                    found.append(self.results.get(timeout=10))
                    break
        for process in self.pool:
            if process is not None:
                process.join()
        return found


if __name__ == "__main__":
    print("\n".join(Controller(["10.0.0.1", "10.0.0.2", "10.0.0.3"]).start()))
