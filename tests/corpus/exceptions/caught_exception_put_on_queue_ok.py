# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same report of a caught exception, whose __init__ gives the base class all its arguments: the parent rebuilds it
import multiprocessing


class StepFailed(Exception):
    def __init__(self, step, code):
        super().__init__(step, code)
        self.step = step
        self.code = code


def run_step(step, results):
    try:
        if step == "deploy":
            raise StepFailed(step, 2)
        results.put((step, None))
    except Exception as error:
        results.put((step, error))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    process = multiprocessing.Process(target=run_step, args=("deploy", results))
    process.start()
    step, error = results.get(timeout=10)
    print(step, type(error).__name__, error.code)
    process.join()
