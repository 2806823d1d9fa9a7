# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Level on __main__ failed
# summary: IntEnum("Level", ...) bound to Priority: the member sent to an executor is pickled as Level and cannot be found
from concurrent.futures import ProcessPoolExecutor
from enum import IntEnum

Priority = IntEnum("Level", "LOW NORMAL HIGH")


def schedule(task, priority):
    return f"{task}@{int(priority)}"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(schedule, "backup", Priority.HIGH)  # [PKL014]
        print(future.result(timeout=10))
