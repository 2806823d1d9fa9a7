# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: the queue reaches each pool worker through `initializer=`/`initargs=` into a global (`global RESULTS; RESULTS = queue`); a worker puts a record holding a generator, the feeder thread cannot pickle it and the parent never gets it
import multiprocessing
import queue


def install(results):
    global RESULTS
    RESULTS = results


def scan(path):
    lines = (f"{path}:{n}" for n in range(3))
    RESULTS.put({"path": path, "lines": lines})  # [PKL004]
    return path


if __name__ == "__main__":
    results = multiprocessing.Queue()
    paths = ["a.txt", "b.txt"]
    pool = multiprocessing.Pool(2, initializer=install, initargs=(results,))
    pool.map(scan, paths)
    pool.close()
    pool.join()  # the workers' feeder threads flush before they exit
    received = []
    for _ in paths:
        try:
            received.append(results.get(timeout=5))
        except queue.Empty:
            break
    print("records received:", len(received))
    if len(received) < len(paths):
        raise SystemExit("a record never reached the parent")
