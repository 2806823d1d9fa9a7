# runtime: fork=error spawn=error forkserver=error
# error-contains: <lambda>
# summary: a Scheduler class of another module passes what schedule(fn, *args) gets on to self._dispatch, which submits it to its ProcessPoolExecutor; main schedules a lambda
from job_scheduler import Scheduler


def main():
    scheduler = Scheduler()
    futures = [scheduler.schedule(lambda x: x * 10, n) for n in range(3)]  # [PKL001]
    print("results", [f.result(timeout=10) for f in futures])
    scheduler.close()


if __name__ == "__main__":
    main()
