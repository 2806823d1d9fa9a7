# runtime: fork=ok spawn=ok forkserver=ok
# summary: a look-alike of the unguarded main(): a setup function called at module level only defines (and registers) the function that opens a Pool; that function runs under the main guard, so a spawned child re-importing the script starts nothing
from multiprocessing import Pool


def square(x):
    return x * x


HANDLERS = []


def setup():
    def run_parallel():
        with Pool(2) as pool:
            return pool.map(square, range(5))

    HANDLERS.append(run_parallel)


setup()

if __name__ == "__main__":
    print(HANDLERS[0]())
