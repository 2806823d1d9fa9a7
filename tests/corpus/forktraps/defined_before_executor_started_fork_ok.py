# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'answer'
# summary: the executor is created first but the function is defined before its first submit: fork's workers, forked at that submit, have it; spawn's and forkserver's never run the __main__ block
from concurrent.futures import ProcessPoolExecutor


def warm_up():
    return "ready"


if __name__ == "__main__":
    executor = ProcessPoolExecutor(max_workers=1)

    def answer():
        return 42

    try:
        print(executor.submit(warm_up).result(timeout=30))
        print(executor.submit(answer).result(timeout=30))  # [PKL003]
    finally:
        executor.shutdown()
