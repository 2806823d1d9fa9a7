# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: setup() registers a module-level function, which pickles by name, and returns the manager class
from mcm_managers import setup

if __name__ == "__main__":
    manager_cls = setup()
    manager = manager_cls()
    manager.start()
    try:
        print(manager.Cache().put("a", 1))
    finally:
        manager.shutdown()
