# runtime: fork=ok spawn=error forkserver=error
# error-contains: An attempt has been made to start a new process before the
# summary: a module-level ProcessPoolExecutor is created again while the child imports the script
# fix: PKL010 Put the code that starts processes
from concurrent.futures import ProcessPoolExecutor

LIMIT = 5


def count(n):
    return sum(range(n))


with ProcessPoolExecutor(max_workers=2) as executor:
    print(list(executor.map(count, range(LIMIT))))
