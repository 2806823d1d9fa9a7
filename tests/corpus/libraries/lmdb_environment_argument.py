# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'Environment' object
# summary: an LMDB environment cannot be pickled: open it in the worker from its path
import multiprocessing
import os
import tempfile

import lmdb


def entries(env):
    return env.stat()["entries"]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        env = lmdb.open(os.path.join(folder, "db"))
        try:
            with multiprocessing.Pool(1) as pool:
                print(pool.apply(entries, (env,)))  # [PKL004]
        finally:
            env.close()
