# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same scheduler of another module gets a module-level function and plain numbers: everything it submits pickles
from task_scheduler import Scheduler


def times_ten(x):
    return x * 10


def main():
    scheduler = Scheduler()
    futures = [scheduler.schedule(times_ten, n) for n in range(3)]
    print("results", [f.result(timeout=10) for f in futures])
    scheduler.close()


if __name__ == "__main__":
    main()
