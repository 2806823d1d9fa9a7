# runtime: fork=ok spawn=error forkserver=error
# error-contains: KeyError: 'scaler'
# summary: the app's startup method warms the module's model cache and makes the executor; handle() maps a module function that reads the cache, which a spawned worker imports empty (nicegui PR 6117, reproduced blind)
from concurrent.futures import ProcessPoolExecutor

MODEL_CACHE = {}


def warm_up():
    MODEL_CACHE["scaler"] = {"factor": 3}


def cpu_bound(x):
    return x * MODEL_CACHE["scaler"]["factor"]


class App:
    def __init__(self):
        self.pool = None

    def startup(self):
        warm_up()
        self.pool = ProcessPoolExecutor(max_workers=2)

    def handle(self, values):
        return list(self.pool.map(cpu_bound, values))  # [PKL016]

    def shutdown(self):
        self.pool.shutdown()


if __name__ == "__main__":
    app = App()
    app.startup()
    try:
        print(app.handle([1, 2, 3]))
    finally:
        app.shutdown()
