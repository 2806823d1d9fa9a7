# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup <lambda> on dlv_rules failed
# summary: cleaning rules are lambdas in a dict of another module; a class of a third module keeps the rules named in its config, looked up with a variable key, and each rule is mapped over a Pool
from multiprocessing import Pool

from dlv_cleaner import Cleaner

if __name__ == "__main__":
    cleaner = Cleaner(["trim", "lower"])
    values = [" A ", "B "]
    with Pool(2) as pool:
        for rule in cleaner.rules:
            values = pool.map(rule, values)  # [PKL001]
    print(values)
