# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: cleaning rules are module-level functions in a dict of another module; a class of a third module keeps the rules named in its config, looked up with a variable key, and each rule is mapped over a Pool
from multiprocessing import Pool

from dlw_cleaner import Cleaner

if __name__ == "__main__":
    cleaner = Cleaner(["trim", "lower"])
    values = [" A ", "B "]
    with Pool(2) as pool:
        for rule in cleaner.rules:
            values = pool.map(rule, values)
    print(values)
