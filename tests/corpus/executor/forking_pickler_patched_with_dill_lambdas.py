# runtime: fork=ok spawn=error forkserver=error
# error-contains: No module named '__builtin__'
# summary: a ProcessPoolExecutor subclass installs dill as multiprocessing's pickler (`ForkingPickler.dumps = dill.dumps`) in the parent; forked workers load the dill-copied lambdas, spawned ones start with plain pickle and cannot (FABulous 572)
from concurrent.futures import ProcessPoolExecutor

import dill


class ProcessPool(ProcessPoolExecutor):
    def __init__(self, max_workers=None):
        from multiprocessing.reduction import ForkingPickler

        ForkingPickler.dumps = dill.dumps
        ForkingPickler.loads = dill.loads
        super().__init__(max_workers=max_workers)


def build_steps(design):
    prefix = design.upper()
    return [lambda i: f"{prefix}:synth:{i}", lambda i: f"{prefix}:route:{i}"]


if __name__ == "__main__":
    with ProcessPool(max_workers=2) as pool:
        futures = [pool.submit(step, i) for i, step in enumerate(build_steps("fabric"))]  # [PKL001]
        print([future.result(timeout=30) for future in futures])
