# runtime: fork=error spawn=error forkserver=error
# error-contains: evens.<locals>.<lambda>
# summary: the worker returns a lazy filter(lambda ...) object: the filter pickles its lambda on the way back
from concurrent.futures import ProcessPoolExecutor, as_completed


def evens(values):
    return filter(lambda v: v % 2 == 0, values)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        futures = [executor.submit(evens, range(n)) for n in (4, 6)]  # [PKL007]
        for done in as_completed(futures):
            print(list(done.result()))
