# runtime: fork=error spawn=error forkserver=error
# error-contains: 'int' object has no attribute 'two'
# summary: super().__init__(stuff.two): the parent rebuilds BadStuff(two) and evaluates two.two; Pool.map would wait forever
import multiprocessing


class Stuff:
    def __init__(self, one, two):
        self.one, self.two = one, two


class BadStuff(Exception):
    def __init__(self, stuff):
        super().__init__(stuff.two)
        self.stuff = stuff


def work(x):
    raise BadStuff(Stuff(x, x + 1))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map_async(work, range(2)).get(timeout=5))  # [PKL008]
