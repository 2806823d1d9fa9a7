# runtime: fork=ok spawn=ok forkserver=ok
# summary: a look-alike of the unguarded main(): the script calls a setup function at module level (it builds the task list, starting nothing) and only main(), which opens the Pool, runs under the main guard
from multiprocessing import Pool


def square(x):
    return x * x


def build_tasks(n):
    return [i * 2 for i in range(n)]


def main(tasks):
    with Pool(2) as pool:
        print("total", sum(pool.map(square, tasks)))


TASKS = build_tasks(10)

if __name__ == "__main__":
    main(TASKS)
