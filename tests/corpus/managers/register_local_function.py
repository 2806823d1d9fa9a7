# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'main.<locals>.get_store'
# summary: a local function registered with the manager fails when start() pickles the registry
from multiprocessing.managers import BaseManager


class Store:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    def count(self):
        return len(self.items)


class StoreManager(BaseManager):
    pass


def main():
    store = Store()

    def get_store():
        return store

    StoreManager.register("get_store", callable=get_store)  # [PKL002]
    manager = StoreManager()
    manager.start()
    proxy = manager.get_store()
    proxy.add(1)
    print(proxy.count())
    manager.shutdown()


if __name__ == "__main__":
    main()
