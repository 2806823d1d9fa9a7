# runtime: fork=ok spawn=hang forkserver=hang
# summary: the producer and consumers talk through queues made at module level instead of passed ones; a spawned child imports the script again and gets queues of its own, so no result reaches the parent, which waits (DeadSimplePython 6)
import multiprocessing

in_queue = multiprocessing.Queue()
out_queue = multiprocessing.Queue()


def square_numbers():
    while True:
        n = in_queue.get()
        if n is None:
            break
        out_queue.put((n, n * n))


def main():
    worker = multiprocessing.Process(target=square_numbers)  # [PKL016]
    worker.start()
    for n in range(3):
        in_queue.put(n)
    in_queue.put(None)
    print(sorted(out_queue.get() for _ in range(3)))
    worker.join()


if __name__ == "__main__":
    main()
