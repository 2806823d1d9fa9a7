# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same app, but the worker warms the cache itself before reading it, in whatever process it runs
from concurrent.futures import ProcessPoolExecutor

MODEL_CACHE = {}


def warm_up():
    MODEL_CACHE["scaler"] = {"factor": 3}


def cpu_bound(x):
    warm_up()
    return x * MODEL_CACHE["scaler"]["factor"]


class App:
    def __init__(self):
        self.pool = None

    def startup(self):
        self.pool = ProcessPoolExecutor(max_workers=2)

    def handle(self, values):
        return list(self.pool.map(cpu_bound, values))

    def shutdown(self):
        self.pool.shutdown()


if __name__ == "__main__":
    app = App()
    app.startup()
    try:
        print(app.handle([1, 2, 3]))
    finally:
        app.shutdown()
