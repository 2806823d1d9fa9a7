# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a Process subclass reached as an attribute of an imported sibling module (import mat_tasks; mat_tasks.Loader(...)) keeps a lock
import mat_tasks

if __name__ == "__main__":
    loaders = [mat_tasks.Loader(index) for index in range(2)]  # [PKL005]
    for loader in loaders:
        loader.start()
    for loader in loaders:
        loader.join()
    print("exit codes", [loader.exitcode for loader in loaders])
