# runtime: fork=ok spawn=error forkserver=error
# error-contains: KeyError
# summary: a registry class filled by a classmethod the main block calls; spawned children see the empty dict of the class body
import multiprocessing


class Registry:
    handlers = {}

    @classmethod
    def load(cls):
        cls.handlers["double"] = lambda x: x * 2


def handle(value):
    return Registry.handlers["double"](value)


def main():
    Registry.load()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(handle, [1, 2, 3]))  # [PKL016]


if __name__ == "__main__":
    main()
