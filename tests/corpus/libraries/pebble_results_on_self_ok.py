# runtime: fork=ok spawn=ok forkserver=ok
# summary: each round keeps only the result, a number, in self.results: the next schedule(self.run_one) pickles plain data
from pebble import ProcessPool


class Tester:
    def __init__(self):
        self.results = []

    def run_one(self, value):
        return value * 2

    def run(self, rounds=2):
        for _ in range(rounds):
            with ProcessPool(max_workers=1) as pool:
                future = pool.schedule(self.run_one, [1])
                self.results.append(future.result(timeout=10))
        print("results", self.results)


if __name__ == "__main__":
    Tester().run()
