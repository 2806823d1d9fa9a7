# runtime: fork=ok spawn=error forkserver=error
# error-contains: An attempt has been made to start a new process before the
# summary: without a main guard the spawned child re-creates the executor while importing
# fix: PKL010 Put the code that starts processes
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


executor = ProcessPoolExecutor(max_workers=2)
print(list(executor.map(square, range(4))))
executor.shutdown()
