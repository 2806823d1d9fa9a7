# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: the same target started with args=("plain", ...) takes the helper's last return, a dict of strings, which the queue pickles
import multiprocessing


def make_payload(kind):
    if kind != "plain":
        return {"format": kind, "convert": lambda text: text.upper()}
    return {"format": kind}


def produce(kind, results):
    results.put(make_payload(kind))
    results.close()
    results.join_thread()  # the feeder thread has sent (or reported) the item


if __name__ == "__main__":
    results = multiprocessing.Queue()
    child = multiprocessing.Process(target=produce, args=("plain", results))
    child.start()
    print(results.get(timeout=5))
    child.join()
