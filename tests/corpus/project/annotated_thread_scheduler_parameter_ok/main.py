# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: the lambdas go to a parameter typed `ThreadScheduler`, whose schedule() submits to threads; its module also has a process Scheduler with a method of the same name
from thr_scheduler import ThreadScheduler


def register_jobs(scheduler: ThreadScheduler, multiplier):
    return [scheduler.schedule(lambda x: x * multiplier, n) for n in range(3)]


def main():
    scheduler = ThreadScheduler()
    futures = register_jobs(scheduler, 10)
    print("results", [f.result(timeout=10) for f in futures])
    scheduler.close()


if __name__ == "__main__":
    main()
