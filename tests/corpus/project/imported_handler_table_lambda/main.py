# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup <lambda> on ht_handlers failed
# summary: a lambda from a sibling module's table is looked up by name in that module, and is not there
import multiprocessing

from ht_handlers import HANDLERS

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(HANDLERS["double"], [1, 2, 3]))  # [PKL001]
