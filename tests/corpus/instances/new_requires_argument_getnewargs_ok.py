# runtime: fork=ok spawn=ok forkserver=ok
# summary: an interning class whose __new__ requires an argument defines __getnewargs__ returning (self.description, self.is_public), so the child rebuilds the instances in Process args
import multiprocessing


class Activity:
    _registry = {}

    def __new__(cls, description, is_public=False):
        key = (description, is_public)
        if key not in cls._registry:
            instance = super().__new__(cls)
            instance.description = description
            instance.is_public = is_public
            cls._registry[key] = instance
        return cls._registry[key]

    def __getnewargs__(self):
        return (self.description, self.is_public)


def count_public(activities, queue):
    queue.put(sum(1 for activity in activities if activity.is_public))


if __name__ == "__main__":
    activities = [Activity("school", True), Activity("household"), Activity("school", True)]
    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=count_public, args=(activities, queue))
    proc.start()
    print(queue.get(timeout=10))
    proc.join()
