# runtime: fork=ok spawn=ok forkserver=ok
# summary: strings set with setattr(self, name, ...) pickle
import multiprocessing


class Resources:
    def __init__(self, names):
        for name in names:
            setattr(self, name, name.upper())


def count(resources):
    print(len(vars(resources)))


if __name__ == "__main__":
    resources = Resources(["db", "cache"])
    p = multiprocessing.Process(target=count, args=(resources,))
    p.start()
    p.join()
