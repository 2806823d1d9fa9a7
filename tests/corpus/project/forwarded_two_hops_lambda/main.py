# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'run.<locals>.<lambda>'
# summary: main.py hands a lambda to builders.make_workers(), which passes it on to runner.Worker() of a sibling module, whose __init__ gives it to a Process as an argument: two modules away, spawn pickles the lambda (batch-ppo 3)
from relayhop import builders


class Counter:
    def __init__(self, start):
        self.value = start

    def step(self, n):
        self.value += n
        return self.value


def run(start):
    workers = builders.make_workers(lambda: Counter(start), 2)  # [PKL001]
    results = [worker.ask(3) for worker in workers]
    for worker in workers:
        worker.close()
    return results


if __name__ == "__main__":
    print(run(10))
