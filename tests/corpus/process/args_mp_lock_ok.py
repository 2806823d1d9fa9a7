# runtime: fork=ok spawn=ok forkserver=ok
# summary: multiprocessing primitives in Process args are shared by inheritance, which is allowed
import multiprocessing


def child(lock, counter, buffer):
    with lock:
        counter.value += 1
        buffer[0] = 7.5


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    counter = multiprocessing.Value("i", 0)
    buffer = multiprocessing.Array("d", 3)
    proc = multiprocessing.Process(target=child, args=(lock, counter, buffer))
    proc.start()
    proc.join()
    print(counter.value, list(buffer))
