# runtime: fork=ok spawn=ok forkserver=ok
# summary: the fix (gazouilloire 72): the queue subclass adds its counter to the base's state in `__getstate__` and sets it again in `__setstate__`, so the spawned child's copy keeps `size`
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

    def __getstate__(self):
        return super().__getstate__(), self.size

    def __setstate__(self, state):
        base, self.size = state
        super().__setstate__(base)

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
    child = multiprocessing.Process(target=searcher, args=(pile, ["python", "pickle"]))
    child.start()
    print([item for item in iter(lambda: pile.get(timeout=10), None)])
    child.join()
