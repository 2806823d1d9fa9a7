# runtime: fork=error spawn=error forkserver=error
# error-contains: Pickling an AuthenticationString object is disallowed
# summary: a SyncManager object itself (not one of its proxies) cannot be sent to a task
import multiprocessing


def describe(manager):
    return type(manager).__name__


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        with multiprocessing.Pool(2) as pool:
            print(pool.apply(describe, (manager,)))  # [PKL011]
