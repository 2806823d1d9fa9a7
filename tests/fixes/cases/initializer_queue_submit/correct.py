import multiprocessing
from concurrent.futures import ProcessPoolExecutor

results = None


def init(queue):
    global results
    results = queue


def produce(n):
    results.put(n * 10)
    return n


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=(queue,)) as executor:
        futures = [executor.submit(produce, n) for n in range(3)]
        print(sorted(f.result() for f in futures))
    print(sorted(queue.get(timeout=10) for _ in range(3)))
