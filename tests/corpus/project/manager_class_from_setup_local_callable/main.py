# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'setup.<locals>.make_cache'
# summary: (multiprocess#96) a setup() of another module registers a local function as a manager typeid's callable and returns the class; start() sends the registry to the spawned server
from mcs_managers import setup

if __name__ == "__main__":
    manager_cls = setup()
    manager = manager_cls()
    manager.start()  # [PKL002]
    try:
        print(manager.Cache().put("a", 1))
    finally:
        manager.shutdown()
