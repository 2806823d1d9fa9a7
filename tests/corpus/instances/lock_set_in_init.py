# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: an instance whose __init__ stores a threading.Lock cannot be a Pool task
import multiprocessing
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


def balance(account):
    return account.balance


if __name__ == "__main__":
    accounts = [Account(10), Account(20)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(balance, accounts))  # [PKL005]
