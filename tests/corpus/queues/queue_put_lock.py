# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: Queue.put of a threading.Lock fails in the feeder thread and the item is lost
import multiprocessing
import queue
import threading

if __name__ == "__main__":
    channel = multiprocessing.Queue()
    channel.put(threading.Lock())  # [PKL004]
    try:
        print(channel.get(timeout=2))
    except queue.Empty:
        raise SystemExit("item was lost")
