# runtime: fork=ok spawn=ok forkserver=ok
# summary: only plain attributes of an object that holds a lock are sent, never the object
import multiprocessing
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


def double(x):
    return x * 2


if __name__ == "__main__":
    accounts = [Account(10), Account(20)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(double, [account.balance for account in accounts]))
