# runtime: fork=ok spawn=error forkserver=error
# error-contains: KeyError: 'rate'
# summary: a loader fills the module's empty rate table in the parent before the pool maps over it; the spawned workers import the module with the table still empty
# fix: PKL016 Set
import multiprocessing

RATES = {}


def load_rates():
    RATES["rate"] = 2
    RATES.update(bonus=1)


def apply_rate(amount):
    return amount * RATES["rate"]


def run(amounts):
    load_rates()
    with multiprocessing.Pool(2) as pool:
        return pool.map(apply_rate, amounts)


if __name__ == "__main__":
    print(run([10, 20]))
