# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of an exception loky cannot rebuild: the error class takes its message as an optional argument, so `cls(*args)` rebuilds it in the parent, which catches it
from joblib import Parallel, delayed


class StatsGenerationError(Exception):
    def __init__(self, message="could not compute statistics for this slice"):
        super().__init__(message)


def generate_statistics(rows):
    if any(r is None for r in rows):
        raise StatsGenerationError()
    return {"count": len(rows), "mean": sum(rows) / len(rows)}


def generate_all(rows):
    chunks = [rows[i : i + 3] for i in range(0, len(rows), 3)]
    return Parallel(n_jobs=2, backend="loky")(delayed(generate_statistics)(c) for c in chunks)


if __name__ == "__main__":
    try:
        print(generate_all([1.0, 2.0, 3.0, 4.0, None, 6.0]))
    except StatsGenerationError as error:
        print("caught:", error)
