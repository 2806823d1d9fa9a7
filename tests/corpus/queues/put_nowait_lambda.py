# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: Queue.put_nowait goes through the same feeder thread as put; the lambda is lost
import multiprocessing
import queue

if __name__ == "__main__":
    channel = multiprocessing.Queue()
    channel.put_nowait(lambda: 1)  # [PKL001]
    try:
        print(channel.get(timeout=2))
    except queue.Empty:
        raise SystemExit("item was lost")
