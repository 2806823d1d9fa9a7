# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: an mp.Value passed to executor.submit fails under every start method
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def bump(counter):
    counter.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    with ProcessPoolExecutor(2) as executor:
        executor.submit(bump, counter).result(timeout=10)  # [PKL006]
    print(counter.value)
