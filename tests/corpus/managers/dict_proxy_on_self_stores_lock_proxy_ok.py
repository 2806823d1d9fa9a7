# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same registry storing the manager's own lock proxies (manager.Lock()): proxies pickle, the manager keeps the real locks
import multiprocessing


class ModuleLocks:
    def __init__(self, manager):
        self._manager = manager
        self._locks = manager.dict()

    def get(self, module_name):
        if module_name not in self._locks:
            self._locks[module_name] = self._manager.Lock()
        return self._locks[module_name]


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        locks = ModuleLocks(manager)
        with locks.get("ansible.builtin.copy"):
            print("compiled module")
