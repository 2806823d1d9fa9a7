# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup OrderState on __main__ failed
# summary: the enum class made by Enum("OrderState", ...) and bound to State is itself the worker function: pool.map pickles the class by its name OrderState
import multiprocessing
from enum import Enum

State = Enum("OrderState", {"NEW": "new", "PAID": "paid"})


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(State, ["new", "paid"]))  # [PKL014]
