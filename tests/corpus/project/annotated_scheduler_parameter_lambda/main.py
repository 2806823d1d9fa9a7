# runtime: fork=error spawn=error forkserver=error
# error-contains: <lambda>
# summary: register_jobs schedules lambdas on the scheduler it is given, typed `scheduler: Scheduler`, a class of another module that submits what it schedules to a ProcessPoolExecutor
from ann_scheduler import Scheduler


def register_jobs(scheduler: Scheduler, multiplier):
    return [scheduler.schedule(lambda x: x * multiplier, n) for n in range(3)]  # [PKL001]


def main():
    scheduler = Scheduler()
    futures = register_jobs(scheduler, 10)
    print("results", [f.result(timeout=10) for f in futures])
    scheduler.close()


if __name__ == "__main__":
    main()
