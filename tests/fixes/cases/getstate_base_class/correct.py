import multiprocessing
import threading


class Guarded:
    def __init__(self):
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_lock")
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


class Account(Guarded):
    def __init__(self, balance):
        super().__init__()
        self.balance = balance
        self.changed = threading.Event()

    def deposit(self, amount):
        with self._lock:
            self.balance += amount
        self.changed.set()
        return self.balance, self.changed.is_set()

    def __getstate__(self):
        state = super().__getstate__()
        del state["changed"]
        return state

    def __setstate__(self, state):
        super().__setstate__(state)
        self.changed = threading.Event()


def deposit(account, amount):
    return account.deposit(amount)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(deposit, [(Account(10), 5), (Account(20), 1)]))
