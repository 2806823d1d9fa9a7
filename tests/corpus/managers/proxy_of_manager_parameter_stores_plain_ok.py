# runtime: fork=ok spawn=ok forkserver=ok
# summary: a helper receives the manager as a parameter and stores plain status strings into the dict proxy it makes
from multiprocessing import Manager


def register_jobs(manager, names):
    registry = manager.dict()
    for name in names:
        registry[name] = "pending"
    return dict(registry)


if __name__ == "__main__":
    with Manager() as manager:
        print(register_jobs(manager, ["resize", "thumbnail"]))
