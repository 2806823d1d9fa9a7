# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't get attribute 'answer'
# summary: a function defined in the __main__ block after the executor's first submit: under fork the workers were forked at that submit, before it existed; spawn's never run the block (the executor breaks; cpython 94440, a Stack Overflow report reproduced blind)
from concurrent.futures import ProcessPoolExecutor


def warm_up():
    return "ready"


if __name__ == "__main__":
    executor = ProcessPoolExecutor(max_workers=1)
    print(executor.submit(warm_up).result(timeout=30))

    def answer():
        return 42

    try:
        print(executor.submit(answer).result(timeout=30))  # [PKL003]
    finally:
        executor.shutdown()
