# runtime: fork=error spawn=error forkserver=error
# error-contains: __init__() missing 1 required positional argument
# summary: a child catches its own exception and reports it on a queue; the exception's __init__ passes other arguments to the base class, so the parent's get() cannot rebuild it
import multiprocessing


class StepFailed(Exception):
    def __init__(self, step, code):
        super().__init__(f"step {step} failed")
        self.step = step
        self.code = code


def run_step(step, results):
    try:
        if step == "deploy":
            raise StepFailed(step, 2)
        results.put((step, None))
    except Exception as error:
        results.put((step, error))  # [PKL008]


if __name__ == "__main__":
    results = multiprocessing.Queue()
    process = multiprocessing.Process(target=run_step, args=("deploy", results))
    process.start()
    print(results.get(timeout=10))
    process.join()
