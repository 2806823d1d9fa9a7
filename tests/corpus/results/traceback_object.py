# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'traceback' object
# summary: the worker returns the traceback of an exception it caught
import multiprocessing


def attempt(value):
    try:
        return 1 / value
    except ZeroDivisionError as error:
        return error.__traceback__


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(attempt, [0, 1]))  # [PKL007]
