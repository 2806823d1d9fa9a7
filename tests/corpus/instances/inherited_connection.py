# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a subclass inherits an __init__ that opens a sqlite3 connection
import multiprocessing
import sqlite3


class Repository:
    def __init__(self):
        self.connection = sqlite3.connect(":memory:")


class UserRepository(Repository):
    table = "users"


def table(repository):
    return repository.table


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(table, (UserRepository(),)))  # [PKL005]
