# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: an instance holding a file put on a Queue is lost in the feeder thread; the consumer times out
import multiprocessing
import os
import queue


class Report:
    def __init__(self):
        self.title = "daily"
        self.out = open(os.devnull, "w")


if __name__ == "__main__":
    channel = multiprocessing.Queue()
    channel.put(Report())  # [PKL005]
    try:
        print(channel.get(timeout=2))
    except queue.Empty:
        raise SystemExit("item was lost")
