# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a dataclass field with default_factory=threading.Lock puts a lock in every instance
import dataclasses
import multiprocessing
import threading


@dataclasses.dataclass
class Slot:
    name: str
    lock: object = dataclasses.field(default_factory=threading.Lock)


def name(slot):
    return slot.name


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(name, (Slot("a"),)))  # [PKL005]
