# runtime: fork=ok spawn=ok forkserver=ok
# summary: a Process subclass holding only plain data and an mp.Event is fine everywhere
import multiprocessing


class Worker(multiprocessing.Process):
    def __init__(self, name, done):
        super().__init__()
        self.label = name
        self.done = done

    def run(self):
        print("worker", self.label)
        self.done.set()


if __name__ == "__main__":
    done = multiprocessing.Event()
    worker = Worker("a", done)
    worker.start()
    worker.join()
    print("done", done.is_set())
