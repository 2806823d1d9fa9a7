# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: self.pool.map(self.work, ...) pickles self, and self holds the pool
import multiprocessing


class Engine:
    def __init__(self):
        self.pool = multiprocessing.Pool(2)
        self.factor = 3

    def work(self, value):
        return value * self.factor

    def run(self, values):
        try:
            return self.pool.map(self.work, values)  # [PKL009]
        finally:
            self.pool.terminate()


if __name__ == "__main__":
    print(Engine().run([1, 2]))
