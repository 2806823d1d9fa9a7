# runtime: fork=error spawn=error forkserver=error
# error-contains: Lock objects should only be shared between processes through inheritance
# summary: a lock registry keeps a Manager dict proxy on self (the manager is its constructor's argument) and stores a multiprocessing.Lock() in it: the proxy pickles the lock for the manager process (ansible PR 74895, reproduced blind)
import multiprocessing


class ModuleLocks:
    def __init__(self, manager):
        self._locks = manager.dict()

    def get(self, module_name):
        if module_name not in self._locks:
            self._locks[module_name] = multiprocessing.Lock()  # [PKL006]
        return self._locks[module_name]


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        locks = ModuleLocks(manager)
        with locks.get("ansible.builtin.copy"):
            print("compiled module")
