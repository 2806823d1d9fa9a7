# runtime: fork=ok spawn=ok forkserver=ok
# summary: a Manager().Queue() proxy can be passed to pool tasks, unlike multiprocessing.Queue
import multiprocessing


def report(channel, x):
    channel.put(x * 10)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        channel = manager.Queue()
        with multiprocessing.Pool(2) as pool:
            pool.starmap(report, [(channel, i) for i in range(3)])
        print(sorted(channel.get(timeout=10) for _ in range(3)))
