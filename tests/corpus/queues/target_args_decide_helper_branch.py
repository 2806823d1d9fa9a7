# runtime: fork=error spawn=error forkserver=error
# error-contains: Empty
# summary: the process target puts what a helper builds for its `kind` argument; the Process is started with args=("upper", ...), so the helper's guard clause returns a payload holding a lambda: the queue's feeder thread cannot pickle it, the item is lost and the parent's get() times out (octoprint-nanny-plugin issue 70, reproduced blind)
import multiprocessing


def make_payload(kind):
    if kind != "plain":
        return {"format": kind, "convert": lambda text: text.upper()}
    return {"format": kind}


def produce(kind, results):
    results.put(make_payload(kind))  # [PKL001]
    results.close()
    results.join_thread()  # the feeder thread has sent (or reported) the item


if __name__ == "__main__":
    results = multiprocessing.Queue()
    child = multiprocessing.Process(target=produce, args=("upper", results))
    child.start()
    print(results.get(timeout=5))
    child.join()
