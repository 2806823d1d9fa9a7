# runtime: fork=ok spawn=ok forkserver=ok
# summary: cProfile.run("pool.map(...)") profiles only the parent's wait for the workers
import cProfile
import multiprocessing
import os
import tempfile


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool, tempfile.TemporaryDirectory() as folder:
        stats_path = os.path.join(folder, "parent.prof")
        cProfile.run("print(pool.map(square, range(4)))", stats_path)  # [PKL012]
        print(os.path.exists(stats_path))
