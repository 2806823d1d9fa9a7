# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: an mp.Lock put on a JoinableQueue is a primitive outside inheritance
import multiprocessing
import queue

if __name__ == "__main__":
    channel = multiprocessing.JoinableQueue()
    lock = multiprocessing.Lock()
    channel.put(lock)  # [PKL006]
    try:
        print(channel.get(timeout=2))
    except queue.Empty:
        raise SystemExit("item was lost")
