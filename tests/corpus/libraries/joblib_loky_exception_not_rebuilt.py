# runtime: fork=error spawn=error forkserver=error
# error-contains: A result has failed to un-serialize
# summary: data-validation 99: a joblib (loky) worker raises an error class whose `__init__` takes no argument but hands a message to Exception; cloudpickle sends it back, and rebuilding it in the parent as `cls(message)` fails, so the parent cannot un-serialize the result
from joblib import Parallel, delayed


class StatsGenerationError(Exception):
    def __init__(self):
        super().__init__("could not compute statistics for this slice")


def generate_statistics(rows):
    if any(r is None for r in rows):
        raise StatsGenerationError()
    return {"count": len(rows), "mean": sum(rows) / len(rows)}


def generate_all(rows):
    chunks = [rows[i : i + 3] for i in range(0, len(rows), 3)]
    return Parallel(n_jobs=2, backend="loky")(delayed(generate_statistics)(c) for c in chunks)  # [PKL008]


if __name__ == "__main__":
    print(generate_all([1.0, 2.0, 3.0, 4.0, None, 6.0]))
