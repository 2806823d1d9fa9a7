# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a manager's start(initializer=...) is pickled to the server process under spawn
import multiprocessing.managers


if __name__ == "__main__":
    manager = multiprocessing.managers.SyncManager()
    manager.start(initializer=lambda: print("ready"))  # [PKL001]
    shared = manager.dict()
    shared["a"] = 1
    print(dict(shared))
    manager.shutdown()
