# runtime: fork=ok spawn=ok forkserver=ok
# summary: a helper and a child Process given a Manager dict proxy store plain flags in it
import multiprocessing


def register(flags, name):
    return flags.setdefault(name, False)


def claim(registry, key):
    registry[key] = True


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        flags = manager.dict()
        register(flags, "ready")
        child = multiprocessing.Process(target=claim, args=(flags, "job-1"))
        child.start()
        child.join()
        print(sorted(flags.items()))
