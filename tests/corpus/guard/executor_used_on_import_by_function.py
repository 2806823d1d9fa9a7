# runtime: fork=ok spawn=error forkserver=error
# error-contains: bootstrapping phase
# summary: a module-level executor given work by a function called on import starts workers in every child too
import concurrent.futures

EXECUTOR = concurrent.futures.ProcessPoolExecutor(max_workers=1)  # [PKL010]


def double(x):
    return 2 * x


def warm_up():
    return EXECUTOR.submit(double, 21).result()


ANSWER = warm_up()

if __name__ == "__main__":
    print(ANSWER)
    EXECUTOR.shutdown()
