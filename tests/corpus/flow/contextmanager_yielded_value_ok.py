# runtime: fork=ok spawn=ok forkserver=ok
# summary: `with study_context() as study` binds what the @contextmanager generator yields (a plain object), not the generator (optuna's test)
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager


class Study:
    def __init__(self):
        self.trials = 3


@contextmanager
def study_context():
    study = Study()
    yield study


def count(study):
    return study.trials


if __name__ == "__main__":
    with study_context() as study:
        with ProcessPoolExecutor(2) as pool:
            print(pool.submit(count, study).result(timeout=60))
