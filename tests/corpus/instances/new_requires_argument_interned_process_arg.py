# runtime: fork=ok spawn=error forkserver=error
# error-contains: __new__() missing 1 required positional argument
# summary: an interning class whose __new__(cls, description, is_public=False) requires an argument and has no __getnewargs__: the child cannot rebuild the instances in Process args (JUNE PR 59)
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


def count_public(activities, queue):
    queue.put(sum(1 for activity in activities if activity.is_public))


if __name__ == "__main__":
    activities = [Activity("school", True), Activity("household"), Activity("school", True)]
    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=count_public, args=(activities, queue))  # [PKL005]
    proc.start()
    print(queue.get(timeout=10))
    proc.join()
