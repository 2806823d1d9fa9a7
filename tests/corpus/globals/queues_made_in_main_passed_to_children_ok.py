# runtime: fork=ok spawn=ok forkserver=ok
# summary: the queues are made in main() and passed to the worker as arguments, so a spawned child uses the parent's queues
import multiprocessing


def square_numbers(in_queue, out_queue):
    while True:
        n = in_queue.get()
        if n is None:
            break
        out_queue.put((n, n * n))


def main():
    in_queue = multiprocessing.Queue()
    out_queue = multiprocessing.Queue()
    worker = multiprocessing.Process(target=square_numbers, args=(in_queue, out_queue))
    worker.start()
    for n in range(3):
        in_queue.put(n)
    in_queue.put(None)
    print(sorted(out_queue.get() for _ in range(3)))
    worker.join()


if __name__ == "__main__":
    main()
