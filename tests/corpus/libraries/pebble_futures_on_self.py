# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: each round keeps pebble's ProcessFuture in self.futures; the next schedule(self.run_one) pickles self with it (pebble issue 60)
from pebble import ProcessPool


class Tester:
    def __init__(self):
        self.futures = []

    def run_one(self, value):
        return value * 2

    def run(self, rounds=2):
        for _ in range(rounds):
            with ProcessPool(max_workers=2) as pool:
                future = pool.schedule(self.run_one, [1])  # [PKL009]
                self.futures.append(future)
                print("result", future.result(timeout=10))


if __name__ == "__main__":
    Tester().run()
