# runtime: fork=ok spawn=error forkserver=error
# error-contains: object has no attribute 'size'
# summary: a portable `multiprocessing.queues.Queue` subclass keeps a shared counter in `self.size` for `qsize()`; a spawned child gets the queue rebuilt from the base's own state, so its `put()` finds no `size` (gazouilloire 71)
import multiprocessing
import multiprocessing.queues


class SharedCounter:
    def __init__(self, n=0):
        self.count = multiprocessing.Value("i", n)

    def increment(self, n=1):
        with self.count.get_lock():
            self.count.value += n


class CountingQueue(multiprocessing.queues.Queue):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, ctx=multiprocessing.get_context(), **kwargs)
        self.size = SharedCounter(0)

    def put(self, *args, **kwargs):
        self.size.increment(1)
        super().put(*args, **kwargs)

    def get(self, *args, **kwargs):
        item = super().get(*args, **kwargs)
        self.size.increment(-1)
        return item


def searcher(pile, keywords):
    for keyword in keywords:
        pile.put(f"tweet about {keyword}")
    pile.put(None)


if __name__ == "__main__":
    pile = CountingQueue()
    child = multiprocessing.Process(target=searcher, args=(pile, ["python", "pickle"]))  # [PKL015]
    child.start()
    print([item for item in iter(lambda: pile.get(timeout=10), None)])
    child.join()
