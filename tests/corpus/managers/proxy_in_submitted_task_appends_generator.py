# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a task submitted to a process pool executor gets a Manager list proxy as an argument and appends a generator of its results to it; the proxy pickles the generator to the manager process
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def squares(results, n):
    results.append(i * i for i in range(n))  # [PKL004]
    return n


if __name__ == "__main__":
    with Manager() as manager:
        results = manager.list()
        with ProcessPoolExecutor(max_workers=1) as executor:
            print(executor.submit(squares, results, 3).result(timeout=60))
        print(len(results))
