# runtime: fork=ok spawn=ok forkserver=ok
# summary: main.py hands functools.partial(Counter, start) to builders.make_workers(), which passes it on through runner.Worker() to a Process: a partial of a module-level class pickles under every start method
import functools

from relayhop_ok import builders


class Counter:
    def __init__(self, start):
        self.value = start

    def step(self, n):
        self.value += n
        return self.value


def run(start):
    workers = builders.make_workers(functools.partial(Counter, start), 2)
    results = [worker.ask(3) for worker in workers]
    for worker in workers:
        worker.close()
    return results


if __name__ == "__main__":
    print(run(10))
